package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;

import th.itabatch.thai.ThaiWords;

/**
 * A chart's category names in type small enough for their longest word to fit a category's share of
 * the chart: LibreOffice broke a word that did not ("ประสิทธิภา / พการ"), where Excel's user never sees it.
 */
class ChartLabelsTests {

	private static final List<String> TEN = List.of("การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ",
			"การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร",
			"การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต");

	/** A bar chart over the names, in 14-point type, ten columns of 8 wide in a workbook of 16-point text. */
	private static XSSFWorkbook chartOf(List<String> names) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.getFontAt(0).setFontHeightInPoints((short) 16);
		XSSFSheet sheet = workbook.createSheet("รายงาน");
		for (int i = 0; i < names.size(); i++) {
			sheet.createRow(i).createCell(0).setCellValue(ThaiWords.breakable(names.get(i)));
			sheet.getRow(i).createCell(1).setCellValue(90);
		}
		for (int c = 0; c < 10; c++) {
			sheet.setColumnWidth(c, 8 * 256);
		}
		XSSFChart chart = sheet.createDrawingPatriarch().createChart(sheet.getDrawingPatriarch().createAnchor(0, 0, 0, 0, 0, 12, 10, 30));
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		XDDFChartData data = chart.createData(ChartTypes.BAR, categories, values);
		data.addSeries(XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(0, names.size() - 1, 0, 0)),
				XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(0, names.size() - 1, 1, 1)));
		chart.plot(data);
		chart.getCTChartSpace().addNewTxPr().addNewP().addNewPPr().addNewDefRPr().setSz(1400);
		return workbook;
	}

	private static CTCatAx axis(XSSFWorkbook workbook) {
		return workbook.getSheetAt(0).getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getCatAxArray(0);
	}

	@Test
	void tenIndicatorsNamesAreSetSmallerUntilTheirLongestWordFits() throws Exception {
		try (XSSFWorkbook workbook = chartOf(TEN)) {
			ChartLabels.fit(workbook);

			CTCatAx axis = axis(workbook);
			assertThat(axis.isSetTxPr()).as("a trial: ประสิทธิภาพ broken at 14 points under ten bars").isTrue();
			int size = axis.getTxPr().getPArray(0).getPPr().getDefRPr().getSz();
			assertThat(size).isLessThan(1400).isGreaterThanOrEqualTo((int) (ChartLabels.SMALLEST_POINTS * 100));
		}
	}

	@Test
	void fewNamesOrATypeTheTemplateGivesTheAxisAreLeftAsTheyAre() throws Exception {
		try (XSSFWorkbook workbook = chartOf(TEN.subList(0, 3))) {
			ChartLabels.fit(workbook);
			assertThat(axis(workbook).isSetTxPr()).as("three bars: room enough at 14 points").isFalse();
		}
		try (XSSFWorkbook workbook = chartOf(TEN)) {
			axis(workbook).addNewTxPr().addNewP().addNewPPr().addNewDefRPr().setSz(1600);
			ChartLabels.fit(workbook);
			assertThat(axis(workbook).getTxPr().getPArray(0).getPPr().getDefRPr().getSz())
				.as("the user's own type for the names, restyled in Excel").isEqualTo(1600);
		}
	}
}
