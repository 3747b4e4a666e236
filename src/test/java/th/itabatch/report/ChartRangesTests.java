package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.itabatch.catalog.TestCatalog;
import th.itabatch.scores.RoundComparator;

/** Each chart of the shipped template reads its own table, and one over an empty table is left empty, not broken. */
class ChartRangesTests {

	@TempDir
	Path out;

	@Test
	void aUnitWithoutScoresGetsARowSayingSoAndNoEmptyChartNorItsPage() throws Exception {
		Map<String, Object> variables = ReportTemplateModel.of(report(), new ThaiFormat(true), LocalDateTime.now());
		Path file = out.resolve("report.xlsx");

		new ReportTemplate(ReportProperties.MONTHLY, new XlsxTemplateEngine()).write(variables, file);

		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet trend = workbook.getSheet("แนวโน้ม");
			assertThat(trend.getRow(16).getCell(0).getStringCellValue()).isEqualTo("ยังไม่มีผลคะแนน");
			XSSFSheet main = workbook.getSheet("รายงาน");
			// No chart shown: an empty frame on a page of its own was printed before.
			assertThat(main.getDrawingPatriarch().getCTDrawing().sizeOfTwoCellAnchorArray()).isZero();
			assertThat(trend.getDrawingPatriarch().getCTDrawing().sizeOfTwoCellAnchorArray()).isZero();
			// Its rows hidden, the break that gave it its page gone; the summary's own page stays.
			for (int r = 12; r <= 29; r++) {
				assertThat(main.getRow(r).getZeroHeight()).as("row %d", r + 1).isTrue();
			}
			assertThat(main.getRowBreaks()).doesNotContain(11).contains(30);
			assertThat(main.getRow(31).getZeroHeight()).isFalse();
			assertThat(trend.getRow(16).getZeroHeight()).isFalse();
		}
	}

	@Test
	void chartsWithScoresStayWithTheirPage() throws Exception {
		ReportProperties properties = new ReportProperties(null, true, "KPI 3.2", RoundComparator.Goal.NEXT_ROUND, 10);
		MonthlyReport report = new MonthlyReportAssembler(TestCatalog.shipped(), properties).assemble("กองคลัง",
				YearMonth.of(2022, 3), ScoreFixtures.scores(TestCatalog.shipped(), "88.50", "91.25"), null, List.of(), List.of());
		Map<String, Object> variables = ReportTemplateModel.of(report, new ThaiFormat(true), LocalDateTime.now());
		Path file = out.resolve("scored.xlsx");

		new ReportTemplate(ReportProperties.MONTHLY, new XlsxTemplateEngine()).write(variables, file);

		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet main = workbook.getSheet("รายงาน");
			assertThat(main.getDrawingPatriarch().getCTDrawing().sizeOfTwoCellAnchorArray()).isOne();
			assertThat(workbook.getSheet("แนวโน้ม").getDrawingPatriarch().getCTDrawing().sizeOfTwoCellAnchorArray()).isOne();
			assertThat(readsCells(main)).containsOnly(true);
		}
	}

	private static MonthlyReport report() {
		ReportProperties properties = new ReportProperties(null, true, "KPI 3.2", RoundComparator.Goal.NEXT_ROUND, 10);
		return new MonthlyReportAssembler(TestCatalog.shipped(), properties).assemble("กองคลัง", YearMonth.of(2021, 6),
				List.of(), null, List.of(), List.of());
	}

	/** Whether each series of the sheet's charts reads cells: emptied, it holds an empty list of values instead. */
	private static List<Boolean> readsCells(XSSFSheet sheet) {
		List<Boolean> points = new ArrayList<>();
		for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) {
			for (var data : chart.getChartSeries()) {
				for (int i = 0; i < data.getSeriesCount(); i++) {
					points.add(data.getSeries(i).getValuesData().isReference());
				}
			}
		}
		return points;
	}
}
