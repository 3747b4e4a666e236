package th.itabatch.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A department of five units in three levels, for the tests of department reports and pages: the
 * register (กรมทดสอบ over กองคลัง, สำนักงานเลขานุการกรม with กลุ่มงานหนึ่ง and กลุ่มงานสอง, and
 * กองว่าง, which sends nothing), the round-2 scores of three units in the long shape (overalls 88,
 * 80 and 94 against the round's 92.50) and the example plan with its June 2564 progress.
 */
public final class ExampleDepartment {

	/** The month the department is reported on: June 2564. */
	public static final YearMonth MONTH = YearMonth.of(2021, 6);

	private ExampleDepartment() {
	}

	/** Writes the register workbook into the folder. */
	public static void writeRegister(Path folder) throws IOException {
		ExampleWorkbooks.write(register(), folder.resolve("units.xlsx"));
	}

	/** The register workbook: a department, two divisions and a group of two, and กองว่าง, rows 2 to 7. */
	public static XSSFWorkbook register() {
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder r = new SheetBuilder(register.createSheet("ทะเบียนหน่วยงาน"));
		r.row("A1", "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ", "สังกัด");
		r.row("A2", "01", "กรมทดสอบ", "", "");
		r.row("A3", "0101", "กองคลัง", "กค.", "01");
		r.row("A4", "0102", "สำนักงานเลขานุการกรม", "สลก.", "01");
		r.row("A5", "010201", "กลุ่มงานหนึ่ง", "", "0102");
		r.row("A6", "010202", "กลุ่มงานสอง", "", "0102");
		r.row("A7", "0103", "กองว่าง", "", "01");
		return register;
	}

	/** Writes the units' scores (round 1 at 80 everywhere, round 2 as below) and the example plan into the folder. */
	public static void writeData(Path folder) throws IOException {
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(scores.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		int row = 2;
		Object[][] latest = { { "กค.", 92, 90, 70, 95, 93 }, { "กลุ่มงานหนึ่ง", 80, 82, 75, 85, 78 },
				{ "กลุ่มงานสอง", 95, 94, 90, 96, 95 } };
		for (Object[] unit : latest) {
			for (int indicator = 1; indicator <= 5; indicator++) {
				s.row("A" + row++, unit[0], 2564, 1, indicator, 80);
				s.row("A" + row++, unit[0], 2564, 2, indicator, unit[indicator]);
			}
		}
		ExampleWorkbooks.write(scores, folder.resolve("scores-long.xlsx"));
		ExampleWorkbooks.write(ExampleWorkbooks.plan(), folder.resolve(ExampleWorkbooks.PLAN_FILE));
	}
}
