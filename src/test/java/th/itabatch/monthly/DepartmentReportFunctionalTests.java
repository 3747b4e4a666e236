package th.itabatch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.cli.RunSummary;
import th.itabatch.examples.ExampleDepartment;
import th.itabatch.runs.DepartmentRun;

/**
 * A department of five units in three levels through the jobs: a register, the scores of three
 * units in the long shape, a plan for one; the department reports are read back cell by cell and
 * checked against figures worked out by hand.
 */
@ItaApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentReportFunctionalTests {

	private static final YearMonth JUNE_2564 = ExampleDepartment.MONTH;

	@Autowired
	private OneShotRun oneShot;

	private Path output;

	private RunSummary reported;

	@BeforeAll
	void runTheDepartment(@TempDir Path work) throws Exception {
		output = work.resolve("output");
		Path first = Files.createDirectories(work.resolve("register"));
		ExampleDepartment.writeRegister(first);
		assertThat(oneShot.run(first, output, Optional.of(JUNE_2564)).outcome().departments())
			.as("no department report of units that have nothing yet")
			.isEmpty();

		Path second = Files.createDirectories(work.resolve("data"));
		ExampleDepartment.writeData(second);
		reported = oneShot.run(second, output, Optional.of(JUNE_2564));
	}

	@Test
	void eachParentOfTheRegisterGetsItsReportAfterTheUnits() {
		assertThat(reported.exitCode()).isZero();
		assertThat(reported.outcome().departments()).extracting(DepartmentRun::name)
			.containsExactly("กรมทดสอบ", "สำนักงานเลขานุการกรม");
		assertThat(reported.outcome().departments()).allMatch(d -> d.status() == BatchStatus.COMPLETED);
		assertThat(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx")).isRegularFile();
		assertThat(output.resolve("ITA-department_สำนักงานเลขานุการกรม_FY2564_2564-06.xlsx")).isRegularFile();
	}

	@Test
	void theSummaryCountsRollsUpAndNarratesTheUnits() throws Exception {
		try (ReportCells report = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			ReportCells summary = report.sheet("สรุป");
			assertThat(summary.text("A2")).isEqualTo("กรมทดสอบ");
			assertThat(summary.number("B8")).as("units followed").isEqualTo(4);
			assertThat(summary.cell("B8").getCellStyle().getDataFormatString()).as("shown in Thai digits, as the narrative")
				.startsWith("[$-0D00041E]");
			assertThat(summary.text("A18")).as("section numbers in Thai digits too").isEqualTo("๒. สรุปผล");
			for (org.apache.poi.ss.usermodel.Sheet sheet : summary.sheet.getWorkbook()) {
				assertThat(sheet.getFooter().getLeft()).as("a trial: 11 pages, none saying whose or which (%s)", sheet.getSheetName())
					.endsWith("รายงาน ITA กรมทดสอบ ประจำเดือน มิถุนายน ๒๕๖๔");
				assertThat(sheet.getFooter().getRight()).endsWith("หน้า &P จาก &N");
			}
			assertThat(summary.number("B9")).as("with scores").isEqualTo(3);
			assertThat(summary.number("B10")).as("pass the round's 92.50: กลุ่มงานสอง alone").isEqualTo(1);
			assertThat(summary.number("B11")).isEqualTo(2);
			assertThat(summary.number("B12")).as("monthly reports made").isEqualTo(3);
			assertThat(summary.number("B13")).as("sent nothing: กองว่าง").isEqualTo(1);
			assertThat(summary.number("B15")).as("(88 + 80 + 94) / 3").isEqualTo(87.33);
			String narrative = summary.narrative();
			assertThat(narrative).contains("ผ่านค่าเป้าหมายของรอบ ๑ หน่วยงาน")
				.contains("คะแนนภาพรวมเฉลี่ย ๘๗.๓๓")
				.contains("สูงสุด คือ กลุ่มงานสอง (๙๔.๐๐) ต่ำสุด คือ กลุ่มงานหนึ่ง (๘๐.๐๐)")
				.contains("ตัวชี้วัดที่ ๓ การใช้อำนาจ เฉลี่ย ๗๘.๓๓ ผ่านค่าเป้าหมายของตัวชี้วัด (ร้อยละ ๙๒.๕๐) ๐ จาก ๓ หน่วยงาน")
				.contains("ได้แก่ กองว่าง");
			int branches = summary.branchesRow();
			assertThat(List.of(summary.text("A" + branches), summary.text("A" + (branches + 1)), summary.text("A" + (branches + 2))))
				.as("every division a branch, one with no groups too: the branches add up to the department")
				.containsExactly("กองคลัง", "สำนักงานเลขานุการกรม", "กองว่าง");
			assertThat(summary.number("B" + (branches + 1))).isEqualTo(2);
			assertThat(summary.number("D" + (branches + 1))).isEqualTo(1);
			assertThat(summary.number("E" + (branches + 1))).as("(80 + 94) / 2").isEqualTo(87.00);
			assertThat(summary.number("B" + branches) + summary.number("B" + (branches + 1)) + summary.number("B" + (branches + 2)))
				.isEqualTo(4);
			assertThat(summary.sheet.getRepeatingRows().getFirstRow()).as("the branches' header repeated, moved down with it")
				.isEqualTo(branches - 2);
		}
		try (ReportCells report = new ReportCells(
				output.resolve("ITA-department_สำนักงานเลขานุการกรม_FY2564_2564-06.xlsx"))) {
			assertThat(report.sheet("สรุป").narrative().lines())
				.as("both units sent something: said of any input, not of the month's progress alone, and what they lack next")
				.containsSequence("ทุกหน่วยงานส่งข้อมูลแล้วอย่างน้อยหนึ่งรายการ (ผลคะแนน แผน หรือผลการดำเนินงาน) สำหรับเดือนมิถุนายน ๒๕๖๔ "
						+ "แต่ยังขาดบางรายการ ดังนี้",
						"หน่วยงานที่ยังไม่ส่งแผนปฏิบัติการของปีงบประมาณ ๒๕๖๔ (จึงยังติดตามผลการดำเนินงานไม่ได้) ๒ หน่วยงาน "
								+ "ได้แก่ กลุ่มงานสอง กลุ่มงานหนึ่ง");
		}
	}

	/**
	 * A trial: the narrative in one cell needed more than the 409 points Excel gives a row, and its last
	 * sentence (the DOC due date) was cut in print; the mean touched its unit ("๘๘.๓๔คะแนน").
	 */
	@Test
	void theSummaryPrintsItsNarrativeAParagraphARowAndTheMeanApartFromItsUnit() throws Exception {
		try (ReportCells report = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			ReportCells summary = report.sheet("สรุป");
			int paragraphs = (int) summary.narrative().lines().count();
			assertThat(paragraphs).isGreaterThan(1);
			assertThat(summary.narrative().lines().reduce((first, last) -> last).orElseThrow())
				.as("the due date, last").contains("กำหนดส่งในระบบ DOC ภายในวันที่");
			for (int row = 19; row < 19 + paragraphs; row++) {
				String at = "A" + row;
				assertThat(summary.sheet.getMergedRegions()).as("%s across the page", at)
					.contains(org.apache.poi.ss.util.CellRangeAddress.valueOf(at + ":G" + row));
				assertThat(summary.cell(at).getCellStyle().getWrapText()).isTrue();
				assertThat(summary.sheet.getRow(row - 1).getHeightInPoints()).as("%s within Excel's 409 points", at)
					.isBetween(24f, 409f);
			}
			var unit = summary.cell("C15").getCellStyle();
			assertThat(summary.text("C15")).isEqualTo("คะแนน");
			assertThat(unit.getAlignment()).as("an indent moves text aligned left only")
				.isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
			assertThat(unit.getIndention()).isPositive();
		}
	}

	@Test
	void theUnitsAreRankedWithTheirIndicatorsAsAHeatMapAndTheChartOverThem() throws Exception {
		try (ReportCells report = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			ReportCells units = report.sheet("หน่วยงาน");
			assertThat(List.of(units.text("J3"), units.text("K3"), units.text("L3")))
				.as("a trial read ✓ under \"ผลคะแนน\" as sent this month: the year's scores and plan, the month's progress")
				.containsExactly("ผลคะแนน\n(ปีงบฯ)", "แผน\n(ปีงบฯ)", "ผลการ\nดำเนินงาน\n(เดือนนี้)");
			assertThat(List.of(units.text("B4"), units.text("B5"), units.text("B6"), units.text("B7")))
				.containsExactly("กลุ่มงานสอง", "กองคลัง", "กลุ่มงานหนึ่ง", "กองว่าง");
			assertThat(List.of(units.number("A4"), units.number("A5"), units.number("A6"))).containsExactly(1.0, 2.0, 3.0);
			assertThat(units.text("A7")).as("no rank without scores").isEmpty();
			assertThat(units.number("D4")).isEqualTo(94.0);
			assertThat(units.text("F4")).isEqualTo("ผ่าน");
			assertThat(units.text("F5")).isEqualTo("ไม่ผ่าน");
			assertThat(List.of(units.text("G4"), units.text("G5"), units.text("G6"))).as("94, 88, 80: levels alone, no rating scale")
				.containsExactly("A", "A", "B");
			assertThat(units.number("H4")).as("from 80 in round 1").isEqualTo(14.0);
			assertThat(units.text("C4")).isEqualTo("สำนักงานเลขานุการกรม");
			assertThat(units.text("C5")).as("a trial: a division directly below showed itself as its สังกัด")
				.isEqualTo("กรมทดสอบ");
			assertThat(List.of(units.text("J5"), units.text("K5"), units.text("L5"))).as("กองคลัง sent all three")
				.containsExactly("✓", "✓", "✓");
			assertThat(units.cell("I5").getNumericCellValue()).as("its plan's share done").isBetween(0.0, 100.0);
			assertThat(List.of(units.text("J7"), units.text("K7"), units.text("L7"))).containsExactly("-", "-", "-");
			assertThat(List.of(units.text("H7"), units.text("I7"))).as("no change, no plan: said, not left blank")
				.containsExactly("-", "-");
			assertThat(units.sheet.getRow(2).getLastCellNum()).as("a trial: 23 columns on one A4 page printed at 7 points")
				.isEqualTo((short) 13);
			ReportCells heat = report.sheet("ตัวชี้วัดรายหน่วยงาน");
			assertThat(List.of(heat.text("B4"), heat.text("B5"), heat.text("B6"), heat.text("B7")))
				.as("the units in the ranked order").containsExactly("กลุ่มงานสอง", "กองคลัง", "กลุ่มงานหนึ่ง", "กองว่าง");
			assertThat(heat.number("C4")).isEqualTo(94.0);
			assertThat(List.of(heat.number("D4"), heat.number("E4"), heat.number("F4"), heat.number("G4"), heat.number("H4")))
				.containsExactly(95.0, 94.0, 90.0, 96.0, 95.0);
			assertThat(heatMapRanges(heat)).as("one colour scale over every unit's indicators").containsExactly("D4:M7");
			assertThat(List.of(heat.text("N3"), heat.text("O3"), heat.text("P3")))
				.as("each tool's score after the indicators, outside the colour scale")
				.containsExactly("คะแนน\nIIT", "คะแนน\nEIT", "คะแนน\nOIT");
			assertThat(heat.number("N4")).as("(95 + 94 + 90 + 96 + 95) / 5").isEqualTo(94.0);
			assertThat(List.of(heat.text("O4"), heat.text("P4"))).as("a round of IIT alone: no EIT, no OIT")
				.containsExactly("", "");
			assertThat(report.sheet("แผนภูมิ").chartRanges())
				.as("a trial: units without scores, ranked last, took empty slots at the chart's end")
				.containsExactly("'หน่วยงาน'!$B$4:$B$6", "'หน่วยงาน'!$D$4:$D$6", "'หน่วยงาน'!$B$4:$B$6",
						"'หน่วยงาน'!$E$4:$E$6");
			var plot = report.sheet("แผนภูมิ").sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea();
			var targets = plot.getLineChartArray(0).getSerArray(0);
			assertThat(targets.getMarker().getSymbol().getVal().toString())
				.as("a trial: one line through every unit's target sloped where a unit was on another round: a dash each")
				.isEqualTo("dash");
			assertThat(targets.getSpPr().getLn().isSetNoFill()).isTrue();
			assertThat(plot.getBarChartArray(0).getSerArray(0).getDLbls().getDLblPos().getVal().toString())
				.as("the figures at the bars' feet, clear of the dashes").isEqualTo("inBase");
			assertThat(List.of(plot.getBarChartArray(0).getSerArray(0).getDLbls().getTxPr().getBodyPr().getRot(),
					plot.getCatAxArray(0).getTxPr().getBodyPr().getRot()))
				.as("a trial: twenty units' figures and names lying flat were cut and broken inside words: upright")
				.containsExactly(-5400000, -5400000);
			ReportCells indicators = report.sheet("ตัวชี้วัด");
			assertThat(indicators.number("A4")).as("the weakest across units first").isEqualTo(3);
			assertThat(indicators.number("C4")).as("(70 + 75 + 90) / 3").isEqualTo(78.33);
			assertThat(indicators.number("F4")).as("the target the indicators pass by, shown: not the overalls' 85")
				.isEqualTo(92.5);
		}
	}

	@Test
	void theTrendGivesTheUnitsMeanRoundByRound() throws Exception {
		try (ReportCells report = new ReportCells(output.resolve("ITA-department_กรมทดสอบ_FY2564_2564-06.xlsx"))) {
			ReportCells trend = report.sheet("แนวโน้ม");
			assertThat(List.of(trend.text("A20"), trend.text("A21"))).containsExactly("ปีงบ ๒๕๖๔ รอบ ๑", "ปีงบ ๒๕๖๔ รอบ ๒");
			assertThat(trend.number("B20")).as("every unit 80 in round 1").isEqualTo(80.0);
			assertThat(trend.number("B21")).isEqualTo(87.33);
			assertThat(trend.number("C21")).isEqualTo(3);
			assertThat(trend.number("D21")).isEqualTo(92.5);
			assertThat(trend.sheet.getRowBreaks()).as("a trial: three rows alone on a page after a half-empty one").isEmpty();
			assertThat(trend.sheet.getPrintSetup().getFitHeight()).as("chart and table on one page").isEqualTo((short) 1);
			assertThat(trend.chartRanges()).containsExactly("'แนวโน้ม'!$A$20:$A$21", "'แนวโน้ม'!$B$20:$B$21",
					"'แนวโน้ม'!$A$20:$A$21", "'แนวโน้ม'!$D$20:$D$21");
			var targets = trend.sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getLineChartArray(0)
				.getSerArray(1);
			assertThat(List.of(targets.getMarker().getSymbol().getVal().toString(), targets.getSpPr().getLn().isSetNoFill()))
				.as("two holdout trials: the rounds' targets, 85 and 92.50 by turns, drawn as a zig-zag line: a dash each")
				.containsExactly("dash", true);
		}
	}

	private static List<String> heatMapRanges(ReportCells sheet) {
		SheetConditionalFormatting formatting = sheet.sheet.getSheetConditionalFormatting();
		List<String> ranges = new ArrayList<>();
		for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
			ConditionalFormatting format = formatting.getConditionalFormattingAt(i);
			for (var range : format.getFormattingRanges()) {
				ranges.add(range.formatAsString());
			}
		}
		return ranges;
	}
}
