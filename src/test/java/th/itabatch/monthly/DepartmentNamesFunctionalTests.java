package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.runs.DepartmentRun;

/** Two departments of one name (each department has its own สำนักงานเลขานุการกรม): each its own report file. */
@ItaApplicationTest
class DepartmentNamesFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@TempDir
	Path work;

	@Test
	void departmentsOfOneNameAreNamedApartByTheirParentsAndWriteAFileEach() throws Exception {
		Path output = work.resolve("output");
		Path first = Files.createDirectories(work.resolve("register"));
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder r = new SheetBuilder(register.createSheet("ทะเบียนหน่วยงาน"));
		r.row("A1", "รหัส", "ชื่อหน่วยงาน", "สังกัด");
		r.row("A2", "01", "กรมหนึ่ง", "");
		r.row("A3", "0101", "สำนักงานเลขานุการกรม", "01");
		r.row("A4", "010101", "กลุ่มก", "0101");
		r.row("A5", "02", "กรมสอง", "");
		r.row("A6", "0201", "สำนักงานเลขานุการกรม", "02");
		r.row("A7", "020101", "กลุ่มข", "0201");
		ExampleWorkbooks.write(register, first.resolve("units.xlsx"));
		oneShot.run(first, output, Optional.of(ExampleDepartment.MONTH));

		Path second = Files.createDirectories(work.resolve("data"));
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(scores.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		int row = 2;
		for (String unit : new String[] { "กลุ่มก", "กลุ่มข" }) {
			for (int indicator = 1; indicator <= 5; indicator++) {
				s.row("A" + row++, unit, 2564, 2, indicator, 90);
			}
		}
		ExampleWorkbooks.write(scores, second.resolve("scores.xlsx"));
		RunSummary reported = oneShot.run(second, output, Optional.of(ExampleDepartment.MONTH));

		assertThat(reported.outcome().departments()).extracting(DepartmentRun::code)
			.containsExactlyInAnyOrder("01", "0101", "02", "0201");
		assertThat(reported.outcome().departments()).extracting(DepartmentRun::name)
			.as("each department's secretariat named apart by its department, as the register now names them")
			.containsExactlyInAnyOrder("กรมหนึ่ง", "สำนักงานเลขานุการกรม (กรมหนึ่ง)", "กรมสอง", "สำนักงานเลขานุการกรม (กรมสอง)");
		List<String> files = reported.outcome().departments().stream()
			.filter(d -> d.name().startsWith("สำนักงานเลขานุการกรม"))
			.map(d -> Path.of(d.files().get(0)).getFileName().toString())
			.toList();
		assertThat(files).as("two files, each named by its own unit").hasSize(2).doesNotHaveDuplicates()
			.allMatch(f -> f.startsWith("ITA-department_สำนักงานเลขานุการกรม (กรม"));
		Path one = output.resolve(files.stream().filter(f -> f.contains("กรมหนึ่ง")).findFirst().orElseThrow());
		assertThat(one).isRegularFile();
		assertThat(output.resolve("ITA-department_กรมหนึ่ง_FY2564_2564-06.xlsx")).as("a name of its own stays as it is")
			.isRegularFile();
		try (ReportCells cells = new ReportCells(one)) {
			assertThat(cells.sheet("หน่วยงาน").text("B4")).isEqualTo("กลุ่มก");
		}
	}
}
