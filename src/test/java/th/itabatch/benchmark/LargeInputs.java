package th.itabatch.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;

/**
 * Large inputs for the benchmark and the recovery test: a plan of many activities, scores of many
 * units, a register of a department's units.
 */
public final class LargeInputs {

	private static final String[] MONTHS = ExampleWorkbooks.MONTHS;

	private LargeInputs() {
	}

	/** The seed's layout with many measures and activities, a ✓ in one or two months each, and progress for June. */
	public static void writePlan(Path file, int activities) throws IOException {
		writePlan(file, "กองคลัง", activities);
	}

	/** {@link #writePlan(Path, int)} for the named unit. */
	public static void writePlan(Path file, String unit, int activities) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SheetBuilder s = new SheetBuilder(workbook.createSheet("แผนปฏิบัติการ"));
			s.text("A1", "แผนปฏิบัติการคุณธรรมและความโปร่งใส " + unit);
			s.text("A2", "หน่วยงาน: " + unit);
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
		List<String> names = new ArrayList<>();
		for (int u = 1; u <= units; u++) {
			names.add(u == 1 ? "กองคลัง" : "หน่วยงานที่ " + u);
		}
		writeScores(file, names);
	}

	/** {@link #writeScores(Path, int)} for the named units. */
	public static void writeScores(Path file, List<String> units) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
			s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน", "จำนวนผู้ตอบ");
			int row = 2;
			for (int u = 1; u <= units.size(); u++) {
				for (int round = 1; round <= 2; round++) {
					for (int indicator = 1; indicator <= 10; indicator++) {
						double score = score(u, round, indicator);
						s.row("A" + row++, units.get(u - 1), 2564, round, indicator, score, 40 + u);
					}
				}
			}
			ExampleWorkbooks.write(workbook, file);
		}
	}

	/** The score {@link #writeScores} gives the unit (1-based) in a round for an indicator. */
	public static double score(int unit, int round, int indicator) {
		return 70 + ((unit * 7 + indicator * 3 + round * 5) % 300) / 10.0;
	}

	/**
	 * A register in three levels: one department, {@code divisions} divisions under it and
	 * {@code groups} groups spread over the divisions; returns the groups' names, in register order.
	 */
	public static List<String> writeRegister(Path file, int divisions, int groups) throws IOException {
		List<String> names = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SheetBuilder s = new SheetBuilder(workbook.createSheet("ทะเบียนหน่วยงาน"));
			s.row("A1", "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ", "สังกัด");
			s.row("A2", "01", "กรมทดสอบสมรรถนะ", "กทส.", "");
			int row = 3;
			for (int d = 1; d <= divisions; d++) {
				String division = String.format("01%02d", d);
				s.row("A" + row++, division, "สำนักที่ " + d, "สนก." + d, "01");
				for (int g = d; g <= groups; g += divisions) {
					String name = "กลุ่มงานที่ " + g;
					s.row("A" + row++, division + String.format("%04d", g), name, "กง." + g, division);
					names.add(name);
				}
			}
			ExampleWorkbooks.write(workbook, file);
		}
		return names;
	}
}
