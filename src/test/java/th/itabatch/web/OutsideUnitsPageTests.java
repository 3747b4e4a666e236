package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.settings.ItaProperties;

/**
 * The department page names the units with data the register does not know, each with the registered
 * unit it likely misspells: a trial's workbook naming "กลุมงานที่ 43" was "used", had a report of its
 * own, and was nowhere on the page.
 */
@ItaApplicationTest
class OutsideUnitsPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private ItaProperties properties;

	@TempDir
	Path work;

	@Test
	void theTopDepartmentsPageNamesTheUnitsOutsideTheRegister() throws Exception {
		Path folder = Files.createDirectories(work.resolve("in"));
		ExampleDepartment.writeRegister(folder);
		ExampleDepartment.writeData(folder);
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(scores.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		int row = 2;
		for (String unit : new String[] { "กลุ่มงานหนึง", "ศูนย์ที่ไม่มีในทะเบียน" }) {
			for (int indicator = 1; indicator <= 5; indicator++) {
				s.row("A" + row++, unit, 2564, 2, indicator, 90);
			}
		}
		ExampleWorkbooks.write(scores, folder.resolve("scores-misspelt.xlsx"));
		oneShot.run(folder, properties.outputDir(), Optional.of(ExampleDepartment.MONTH));

		String page = mvc.perform(get("/").param("month", ExampleDepartment.MONTH.toString()).with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"outside\"", "มีข้อมูลที่ชื่อหน่วยงานไม่ตรงกับหน่วยงานใดในทะเบียนหน่วยงาน 2 ชื่อ")
			.containsPattern(">กลุ่มงานหนึง</a><span>\\s*\\(น่าจะเป็น กลุ่มงานหนึ่ง\\)</span>")
			.containsPattern(">ศูนย์ที่ไม่มีในทะเบียน</a></li>");
	}

	@Test
	void unitsOutsideTheRegisterWithLastYearsDataAreNamedAndTheirMonthIsNotOffered() throws Exception {
		Path folder = Files.createDirectories(work.resolve("in"));
		ExampleDepartment.writeRegister(folder);
		ExampleDepartment.writeData(folder);
		XSSFWorkbook scores = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(scores.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		for (int indicator = 1; indicator <= 5; indicator++) {
			s.row("A" + (indicator + 1), "ศูนย์ที่ไม่มีในทะเบียน", 2563, 2, indicator, 90);
		}
		ExampleWorkbooks.write(scores, folder.resolve("scores-2563.xlsx"));
		oneShot.run(folder, properties.outputDir(), Optional.empty());

		String page = mvc.perform(get("/").param("month", ExampleDepartment.MONTH.toString()).with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		// A trial: its data of the year before, reported alone on July 2563, went unsaid on the page as in the
		// report, and July 2563 was offered, its department "0 scored, every report overdue".
		assertThat(page).contains("id=\"outside\"").containsPattern(">ศูนย์ที่ไม่มีในทะเบียน</a></li>");
		String months = page.substring(page.indexOf("<datalist id=\"months\">"));
		assertThat(months.substring(0, months.indexOf("</datalist>"))).contains("value=\"2021-06\"")
			.doesNotContain("value=\"2020-07\"");
	}
}
