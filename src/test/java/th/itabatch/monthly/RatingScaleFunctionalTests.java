package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.examples.ExampleDepartment;

/**
 * A department's own rating scale switched on in configuration alone: the shipped templates show each
 * rating beside its level, in the unit report and the department report (a trial found it only in a
 * unit's narrative). The example department's overalls 94, 88 and 80 by hand: levels A, A and B;
 * on this scale (95, 85, 75) ผ่านดี, ผ่านดี and ผ่าน.
 */
@ItaApplicationTest
@TestPropertySource(properties = { "ita.catalog.rating-scales[0].name=เกณฑ์ของกรม",
		"ita.catalog.rating-scales[0].from-fiscal-year=2564", "ita.catalog.rating-scales[0].ratings[0].name=ผ่านดีเยี่ยม",
		"ita.catalog.rating-scales[0].ratings[0].min=95", "ita.catalog.rating-scales[0].ratings[1].name=ผ่านดี",
		"ita.catalog.rating-scales[0].ratings[1].min=85", "ita.catalog.rating-scales[0].ratings[2].name=ผ่าน",
		"ita.catalog.rating-scales[0].ratings[2].min=75", "ita.catalog.rating-scales[0].ratings[3].name=ต้องปรับปรุง",
		"ita.catalog.rating-scales[0].ratings[3].min=0" })
class RatingScaleFunctionalTests {

	@Autowired
	private OneShotRun oneShot;

	@Test
	void eachRatingIsShownBesideItsLevelInTheUnitAndDepartmentReports(@TempDir Path work) throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		Path output = work.resolve("output");
		ExampleDepartment.writeRegister(input);
		ExampleDepartment.writeData(input);

		assertThat(oneShot.run(input, output, Optional.of(ExampleDepartment.MONTH)).exitCode()).isZero();

		try (ReportCells report = new ReportCells(output.resolve("ITA-report_กองคลัง_FY2564_2564-06.xlsx"))) {
			ReportCells sheet = report.sheet("รายงาน");
			// The overall's row, under the indicators' five.
			assertThat(sheet.text("B13")).isEqualTo("ภาพรวม");
			assertThat(sheet.text("G13")).as("the overall's level and rating, in the rank's cell too").isEqualTo("A (ผ่านดี)");
		}
		try (ReportCells report = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			ReportCells units = report.sheet("หน่วยงาน");
			assertThat(List.of(units.text("B4"), units.text("B5"), units.text("B6"))).containsExactly("กลุ่มงานสอง", "กองคลัง",
					"กลุ่มงานหนึ่ง");
			assertThat(List.of(units.text("G4"), units.text("G5"), units.text("G6"), units.text("G7")))
				.as("94, 88, 80 and a unit without scores")
				.containsExactly("A (ผ่านดี)", "A (ผ่านดี)", "B (ผ่าน)", "-");
		}
	}
}
