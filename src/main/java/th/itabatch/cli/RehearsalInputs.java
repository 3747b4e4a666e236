package th.itabatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A made-up department's workbooks for a {@link Rehearsal}, shaped as a department sends them: a
 * register in three levels, a long scores table (two rounds of ten indicators a unit), and each
 * unit's action plan in the seed's layout with a month's progress.
 */
final class RehearsalInputs {

	/** Divisions the made-up units are spread over, each a department report of its own. */
	static final int DIVISIONS = 5;

	/** Activities in each unit's plan. */
	static final int ACTIVITIES = 15;

	private static final String[] MONTHS = { "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
			"ก.ค.", "ส.ค.", "ก.ย." };

	private RehearsalInputs() {
	}

	/** The name of made-up unit {@code n} (from 1). */
	static String unit(int n) {
		return "หน่วยซ้อมที่ " + n;
	}

	/**
	 * Writes the register of all {@code units}, and the scores and plans of units {@code first} to
	 * {@code last}, into the folder.
	 */
	static void write(Path folder, int units, int first, int last) throws IOException {
		register(folder.resolve("0-register.xlsx"), units);
		scores(folder.resolve(String.format("1-scores-%04d-%04d.xlsx", first, last)), first, last);
		for (int n = first; n <= last; n++) {
			plan(folder.resolve(String.format("2-plan-%04d.xlsx", n)), n);
		}
	}

	private static void register(Path file, int units) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("ทะเบียนหน่วยงาน");
			int row = 0;
			row(sheet, row++, "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ", "สังกัด");
			row(sheet, row++, "01", "กรมซ้อมใหญ่", "กซญ.", "");
			for (int d = 1; d <= DIVISIONS; d++) {
				String division = String.format("01%02d", d);
				row(sheet, row++, division, "สำนักซ้อมที่ " + d, "สซ." + d, "01");
				for (int n = d; n <= units; n += DIVISIONS) {
					row(sheet, row++, division + String.format("%04d", n), unit(n), "หซ." + n, division);
				}
			}
			save(workbook, file);
		}
	}

	private static void scores(Path file, int first, int last) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("คะแนน");
			int row = 0;
			row(sheet, row++, "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน", "จำนวนผู้ตอบ");
			for (int n = first; n <= last; n++) {
				for (int round = 1; round <= 2; round++) {
					for (int indicator = 1; indicator <= 10; indicator++) {
						// Spread over passing and failing, so that every part of a report has something to say.
						double score = 70 + ((n * 7 + indicator * 3 + round * 5) % 300) / 10.0;
						row(sheet, row++, unit(n), 2564, round, indicator, score, 40 + n % 50);
					}
				}
			}
			save(workbook, file);
		}
	}

	private static void plan(Path file, int n) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet plan = workbook.createSheet("แผนปฏิบัติการ");
			row(plan, 0, "แผนปฏิบัติการคุณธรรมและความโปร่งใส " + unit(n));
			row(plan, 1, "หน่วยงาน: " + unit(n));
			Row header = row(plan, 2, "มาตรการ", "ประเด็นความรู้", "กิจกรรมดำเนินการ", "ระยะเวลาดำเนินการ (ต.ค.๖๓ - ก.ย.๖๔)");
			header.createCell(15).setCellValue("งบประมาณ");
			header.createCell(16).setCellValue("ผู้รับผิดชอบ");
			for (String merged : new String[] { "A3:A4", "B3:B4", "C3:C4", "D3:O3", "P3:P4", "Q3:Q4" }) {
				plan.addMergedRegion(CellRangeAddress.valueOf(merged));
			}
			Row months = plan.createRow(3);
			for (int m = 0; m < MONTHS.length; m++) {
				months.createCell(3 + m).setCellValue(MONTHS[m]);
			}
			Sheet progress = workbook.createSheet("ผลการดำเนินงาน");
			row(progress, 0, "กิจกรรม", "เดือน", "สถานะ", "ผลการดำเนินงาน", "จำนวนผู้เข้าร่วม");
			int progressRow = 1;
			for (int i = 0; i < ACTIVITIES; i++) {
				Row row = plan.createRow(4 + i);
				if (i % 5 == 0) {
					row.createCell(0).setCellValue("มาตรการที่ " + (i / 5 + 1));
				}
				row.createCell(1).setCellValue("- ประเด็นที่ " + (i % 7 + 1));
				row.createCell(2).setCellValue((i + 1) + ". กิจกรรมสื่อสารและสร้างการรับรู้ชุดที่ " + (i + 1));
				int month = i % 12;
				row.createCell(3 + month).setCellValue("✓");
				if (i % 3 == 0) {
					row.createCell(3 + (month + 1) % 12).setCellValue("✓");
				}
				row.createCell(15).setCellValue(i % 4 == 0 ? "-" : String.valueOf(1000 + i));
				row.createCell(16).setCellValue("กลุ่มที่ " + (i % 9 + 1));
				if (month <= 8) {
					row(progress, progressRow++, String.valueOf(i + 1), "มิ.ย. 64",
							i % 2 == 0 ? "ดำเนินการแล้ว" : "อยู่ระหว่างดำเนินการ", "ดำเนินการตามแผน", 20 + i % 30);
				}
			}
			save(workbook, file);
		}
	}

	private static Row row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			if (values[c] instanceof Number number) {
				row.createCell(c).setCellValue(number.doubleValue());
			}
			else {
				row.createCell(c).setCellValue(String.valueOf(values[c]));
			}
		}
		return row;
	}

	private static void save(XSSFWorkbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}
}
