package th.itabatch.benchmark;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;

/** Large inputs for the benchmark and the recovery test: a plan of many activities, scores of many units. */
public final class LargeInputs {

	private static final String[] MONTHS = ExampleWorkbooks.MONTHS;

	private LargeInputs() {
	}

	/** The seed's layout with many measures and activities, a ✓ in one or two months each, and progress for June. */
	public static void writePlan(Path file, int activities) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SheetBuilder s = new SheetBuilder(workbook.createSheet("แผนปฏิบัติการ"));
			s.text("A1", "แผนปฏิบัติการคุณธรรมและความโปร่งใส กองคลัง");
			s.text("A2", "หน่วยงาน: กองคลัง");
			s.row("A3", "มาตรการ", "ประเด็นความรู้", "กิจกรรมดำเนินการ", "ระยะเวลาดำเนินการ (ต.ค.๖๓ - ก.ย.๖๔)");
			s.text("P3", "งบประมาณ").text("Q3", "ผู้รับผิดชอบ");
			s.merge("A3:A4").merge("B3:B4").merge("C3:C4").merge("D3:O3").merge("P3:P4").merge("Q3:Q4");
			s.row("D4", (Object[]) MONTHS);
			SheetBuilder p = new SheetBuilder(workbook.createSheet("ผลการดำเนินงาน"));
			p.row("A1", "กิจกรรม", "เดือน", "สถานะ", "ผลการดำเนินงาน", "จำนวนผู้เข้าร่วม");
			int progressRow = 2;
			for (int i = 0; i < activities; i++) {
				int row = 5 + i;
				if (i % 20 == 0) {
					s.text("A" + row, "มาตรการที่ " + (i / 20 + 1));
				}
				s.text("B" + row, "- ประเด็นที่ " + (i % 7 + 1));
				s.text("C" + row, (i + 1) + ". กิจกรรมสื่อสารและสร้างการรับรู้ชุดที่ " + (i + 1));
				int month = i % 12;
				s.text(String.valueOf((char) ('D' + month)) + row, "✓");
				if (i % 3 == 0) {
					s.text(String.valueOf((char) ('D' + (month + 1) % 12)) + row, "✓");
				}
				s.text("P" + row, i % 4 == 0 ? "-" : String.valueOf(1000 + i));
				s.text("Q" + row, "กลุ่มที่ " + (i % 9 + 1));
				if (month <= 8) {
					p.row("A" + progressRow++, String.valueOf(i + 1), "มิ.ย. 64", i % 2 == 0 ? "ดำเนินการแล้ว" : "อยู่ระหว่างดำเนินการ",
							"ดำเนินการตามแผน", 20 + i % 30);
				}
			}
			ExampleWorkbooks.write(workbook, file);
		}
	}

	/** A long table: unit, year, round, indicator, score, respondents; two rounds of FY 2564. */
	public static void writeScores(Path file, int units) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
			s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน", "จำนวนผู้ตอบ");
			int row = 2;
			for (int u = 1; u <= units; u++) {
				for (int round = 1; round <= 2; round++) {
					for (int indicator = 1; indicator <= 10; indicator++) {
						double score = 70 + ((u * 7 + indicator * 3 + round * 5) % 300) / 10.0;
						s.row("A" + row++, u == 1 ? "กองคลัง" : "หน่วยงานที่ " + u, 2564, round, indicator, score, 40 + u);
					}
				}
			}
			ExampleWorkbooks.write(workbook, file);
		}
	}
}
