package th.itabatch.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.validation.Message;
import th.itabatch.workbook.InputDefaults;

/** The scores workbook in the shapes and spellings workbook-formats.md lists. */
class ScoresWorkbookVariationsTests {

	private final WorkbookContentReader reader = TestTables.reader(InputDefaults.none());

	private WorkbookContent read(Workbook workbook) {
		return reader.read("scores.xlsx", ExampleWorkbooks.bytes(workbook));
	}

	private static BigDecimal scoreOf(WorkbookContent content, int indicator, int round) {
		return content.rows(ScoreEntry.class)
			.stream()
			.filter(s -> !s.isOverall() && s.indicator().number() == indicator && s.round() == round)
			.map(ScoreEntry::score)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void longShapeWithUnitYearRoundRespondentsAndTargetColumns() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("data"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน (ร้อยละ)", "จำนวนผู้ตอบ", "เป้าหมาย");
		s.row("A2", "กองคลัง", "2564", "1", "ตัวชี้วัดที่ ๑", 97.11, 52, 85);
		s.row("A3", null, null, null, "ตัวชี้วัดที่ ๒", 90.08, 52, 85);
		s.row("A4", "กองคลัง", "๒๕๖๔", "รอบที่ 2", "IIT1", 98.00, 49);
		s.row("A5", "กองการเจ้าหน้าที่", 2564, "รอบ 5 เดือนแรก", "Use of budget", 88.50);
		s.row("A6", "กองคลัง", 2564, 1, "ภาพรวม", 92.51);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code).doesNotContain("SCORE_RANGE", "INDICATOR_UNKNOWN");
		assertThat(content.rows(ScoreEntry.class)).hasSize(5);
		ScoreEntry second = content.rows(ScoreEntry.class).get(1);
		assertThat(second.unit()).isEqualTo("กองคลัง");
		assertThat(second.fiscalYear()).isEqualTo(2564);
		assertThat(second.round()).isEqualTo(1);
		assertThat(second.respondents()).isEqualTo(52);
		assertThat(second.target()).isEqualByComparingTo("85");
		assertThat(content.rows(ScoreEntry.class).get(2).round()).isEqualTo(2);
		assertThat(content.rows(ScoreEntry.class).get(3).unit()).isEqualTo("กองการเจ้าหน้าที่");
		assertThat(content.rows(ScoreEntry.class).get(3).indicator().number()).isEqualTo(2);
		assertThat(content.rows(ScoreEntry.class).get(4).isOverall()).isTrue();
	}

	@Test
	void aRowWhoseUnitIsLeftBlankTakesTheUnitAboveAndItsDuplicateSaysSo() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("data"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		s.row("A2", "กองคลัง", "2564", "1", "1", 97.11);
		s.row("A3", null, null, null, "2", 90.08);
		// Another unit's rows, its name forgotten: they are กองคลัง's as the grouping has it.
		s.row("A4", null, null, null, "1", 88.50);
		s.row("A5", "กองการเจ้าหน้าที่", "2564", "1", "1", 91.00);
		s.row("A6", "กองการเจ้าหน้าที่", "2564", "1", "1", 92.00);

		List<Message> duplicates = read(workbook).messages().stream()
			.filter(m -> m.code().equals("INDICATOR_DUPLICATE"))
			.toList();

		assertThat(duplicates).extracting(Message::cell).containsExactly("E4", "E6");
		assertThat(duplicates.get(0).thai()).isEqualTo("ตัวชี้วัด IIT1 การปฏิบัติหน้าที่ ของกองคลัง ปีงบประมาณ 2564 ซ้ำในรอบ 1 "
				+ "(มีแล้วที่ data!E2) หน่วยงานของแถวนี้อ่านจากช่อง A2 ถ้าแถวนี้เป็นของหน่วยงานอื่น ให้ใส่ชื่อหน่วยงานในแถว");
		assertThat(duplicates.get(0).english()).endsWith("(first at data!E2); this row's unit is read from A2, "
				+ "and if the row is another unit's, write that unit's name on it");
		assertThat(duplicates.get(1).thai()).as("its own row names its unit").endsWith("(มีแล้วที่ data!E5)");
	}

	@Test
	void wideShapeWithTitlesEnglishHeadersFreeColumnOrderAndEveryWayOfWritingANumber() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("Results"));
		s.text("A1", "Internal perception survey (IIT)");
		s.text("A2", "Unit: กองคลัง");
		s.text("A3", "Fiscal year 2021");
		s.row("A6", "Remark", "Round 1", "Indicator", "Code");
		CellStyle percent = workbook.createCellStyle();
		percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
		s.row("A7", "", 97.11, "Performance of duty");
		s.row("A8", "text with Thai digits", "๙๐.๐๘", "Use of budget");
		s.number("B9", 0.9104).row("C9", "Use of power");
		s.cell("B9").setCellStyle(percent);
		s.row("A10", "percent text", "87.99%", "IIT4");
		s.formula("B11", "91.81*1").row("C11", "Anti-corruption problem solving");
		s.row("A12", "blank row below");
		s.row("A14", "", "=", "Overall");
		s.formula("B14", "ROUND((97.11+90.08+91.04+87.99+91.81)/5,2)");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(s.cell("B14"));
		s.text("A16", "หมายเหตุ: the table ends above this note");
		s.row("A17", "", 12, "Use of power");

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).as("91.61 is the mean within 0.01").isEmpty();
		assertThat(scoreOf(content, 1, 1)).isEqualByComparingTo("97.11");
		assertThat(scoreOf(content, 2, 1)).isEqualByComparingTo("90.08");
		assertThat(scoreOf(content, 3, 1)).isEqualByComparingTo("91.04");
		assertThat(scoreOf(content, 4, 1)).isEqualByComparingTo("87.99");
		assertThat(scoreOf(content, 5, 1)).as("a formula without a saved result is computed").isEqualByComparingTo("91.81");
		assertThat(content.rows(ScoreEntry.class)).allSatisfy(e -> {
			assertThat(e.unit()).isEqualTo("กองคลัง");
			assertThat(e.fiscalYear()).isEqualTo(2564);
		});
		ScoreEntry overall = content.rows(ScoreEntry.class).stream().filter(ScoreEntry::isOverall).findFirst().orElseThrow();
		assertThat(overall.score()).isEqualByComparingTo("91.61");
		assertThat(content.rows(ScoreEntry.class)).hasSize(6);
	}

	@Test
	void excel97WorkbookReadsTheSame() {
		HSSFWorkbook workbook = new HSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน").text("B1", "กองคลัง");
		s.text("A2", "ปีงบประมาณ พ.ศ. ๒๕๖๔");
		s.row("A4", "ตัวชี้วัด", "รอบ 5 เดือนแรก");
		s.row("A5", "การปฏิบัติหน้าที่", 97.11);
		s.row("A6", "การใช้งบประมาณ", 90.08);
		s.row("A7", "การใช้อำนาจ", 91.04);
		s.row("A8", "การใช้ทรัพย์สินของราชการ", 87.99);
		s.row("A9", "การแก้ไขปัญหาการทุจริต", 91.81);

		WorkbookContent content = reader.read("scores.xls", ExampleWorkbooks.bytes(workbook));

		assertThat(content.messages()).isEmpty();
		assertThat(content.rows(ScoreEntry.class)).hasSize(5);
		assertThat(scoreOf(content, 4, 1)).isEqualByComparingTo("87.99");
		assertThat(content.rows(ScoreEntry.class).get(0).unit()).isEqualTo("กองคลัง");
		assertThat(content.rows(ScoreEntry.class).get(0).fiscalYear()).isEqualTo(2564);
	}

	@Test
	void oneScoreColumnTakesItsRoundFromALabelAbove() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง");
		s.text("A2", "รอบการประเมิน: 5 เดือนหลัง").text("C2", "ปีงบประมาณ 2564");
		s.row("A4", "ตัวชี้วัด", "คะแนน");
		s.row("A5", "การปฏิบัติหน้าที่", 98.2);

		WorkbookContent content = read(workbook);

		assertThat(content.rows(ScoreEntry.class)).singleElement().satisfies(e -> {
			assertThat(e.round()).isEqualTo(2);
			assertThat(e.fiscalYear()).isEqualTo(2564);
		});
		assertThat(content.messages()).extracting(Message::code).containsExactly("ROUND_INCOMPLETE");
		assertThat(content.messages().get(0).thai()).as("the unit and year named, for a workbook of many units")
			.startsWith("กองคลัง ปีงบประมาณ 2564 รอบ 2 ขาดตัวชี้วัด ");
	}

	@Test
	void aPlanningOfficesSummaryWithAUnitPerRowAndAnIndicatorPerColumn() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("สรุป"));
		s.text("A1", "สรุปผลคะแนน ITA หน่วยงานในสังกัด ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบที่ 1");
		s.row("A3", "ลำดับ", "หน่วยงาน", "i1", "i2", "i3", "i4", "i5", "ภาพรวม", "i9", "i10");
		s.row("A4", 1, "กองคลัง", 90, 80, 70, 60, 50, 70, "-", "-");
		s.row("A5", 2, "กองการเจ้าหน้าที่", 91, 81, null, 61, 51);
		s.row("A6", null, "ค่าเฉลี่ย", 90.5, 80.5, 70, 60.5, 50.5, 70);
		s.row("A7", null, "เป้าหมาย", 85, 85, 85, 85, 86);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code, Message::cell)
			.as("the blank cell is a score left out, OIT's dashes a tool not in the round; the mean row is no unit")
			.as("said once, at the cell: not again of the round (ROUND_INCOMPLETE, a warning twice for one cell)")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SCORE_MISSING", "E5"));
		List<ScoreEntry> rows = content.rows(ScoreEntry.class);
		assertThat(rows).hasSize(10).allSatisfy(e -> {
			assertThat(e.fiscalYear()).isEqualTo(2567);
			assertThat(e.round()).isEqualTo(1);
			assertThat(e.unit()).isIn("กองคลัง", "กองการเจ้าหน้าที่");
		});
		assertThat(rows.get(1)).satisfies(e -> {
			assertThat(e.unit()).isEqualTo("กองคลัง");
			assertThat(e.indicator().number()).isEqualTo(2);
			assertThat(e.score()).isEqualByComparingTo("80");
			assertThat(e.target()).as("the target row's, under the units").isEqualByComparingTo("85");
			assertThat(e.cell()).isEqualTo("D4");
			assertThat(e.unitCell()).isEqualTo("B4");
		});
		assertThat(rows.get(4).target()).isEqualByComparingTo("86");
		assertThat(rows.get(5).isOverall()).isTrue();
		assertThat(rows.get(5).score()).isEqualByComparingTo("70");
		assertThat(rows.stream().filter(e -> e.unit().equals("กองการเจ้าหน้าที่")).map(e -> e.indicator().number()))
			.containsExactly(1, 2, 4, 5);
	}

	/**
	 * A holdout trial's summary: the title merged over the whole table, the tools merged over their
	 * numbered indicators. The title counted as thirteen cells naming round 1 and outranked the table;
	 * the workbook was refused, "no indicator column", at an empty row.
	 */
	@Test
	void aSummaryUnderATitleMergedAcrossItAndToolsMergedOverNumberedIndicators() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("รอบที่ 1"));
		s.text("A1", "สรุปผลการประเมิน ITA ของหน่วยงานในสังกัด");
		s.text("A2", "ปีงบประมาณ ๒๕๖๘ รอบที่ ๑ (ต.ค.๖๗ – ก.พ.๖๘)");
		s.merge("A1:M1").merge("A2:M2");
		// The merged areas' other cells exist, bordered, as Excel and LibreOffice save them.
		for (int c = 1; c <= 12; c++) {
			workbook.getSheetAt(0).getRow(0).createCell(c);
			workbook.getSheetAt(0).getRow(1).createCell(c);
		}
		s.row("A4", "ลำดับ", "หน่วยงาน", "IIT", null, null, null, null, "EIT", null, null, "OIT", null, "หมายเหตุ");
		s.merge("A4:A5").merge("B4:B5").merge("C4:G4").merge("H4:J4").merge("K4:L4").merge("M4:M5");
		s.row("C5", "1. การปฏิบัติหน้าที่", "2. การใช้งบประมาณ", "3. การใช้อำนาจ", "4. การใช้ทรัพย์สินของราชการ",
				"5. การแก้ไขปัญหาการทุจริต", "6. คุณภาพการดำเนินงาน", "7. ประสิทธิภาพการสื่อสาร",
				"8. การปรับปรุงระบบการทำงาน", "9. การเปิดเผยข้อมูล", "10. การป้องกันการทุจริต");
		s.row("A6", 1, "กองคลัง", 93.1, 88.45, 90.2, 86.75, 91.3);
		s.row("A7", 2, "กองยุทธศาสตร์และแผนงาน", 90, 91, 92, 93, 94, 85, 86, 87, 95, 96);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).isEmpty();
		assertThat(content.rows(ScoreEntry.class)).hasSize(15).allSatisfy(e -> {
			assertThat(e.fiscalYear()).isEqualTo(2568);
			assertThat(e.round()).isEqualTo(1);
		});
		assertThat(content.rows(ScoreEntry.class).stream().filter(e -> e.unit().equals("กองยุทธศาสตร์และแผนงาน"))
			.map(e -> e.indicator().number())).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(scoreOf(content, 4, 1)).isEqualByComparingTo("86.75");
	}

	/** A holdout trial's cell: the unit became "กองคลัง ปีงบประมาณ 2568", unknown, and its workbook was refused. */
	@Test
	void aUnitAndItsFiscalYearTypedInOneCellAreTheUnitAndTheYear() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง     ปีงบประมาณ ๒๕๖๘");
		s.row("A3", "ตัวชี้วัด", "รอบ 1", "รอบ 2");
		for (int i = 1; i <= 5; i++) {
			s.row("A" + (3 + i), "IIT" + i, 90 + i, 80 + i);
		}

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).isEmpty();
		assertThat(content.rows(ScoreEntry.class)).hasSize(10).allSatisfy(e -> {
			assertThat(e.unit()).isEqualTo("กองคลัง");
			assertThat(e.fiscalYear()).isEqualTo(2568);
		});
		assertThat(th.itabatch.workbook.CommonColumns.withoutYearStated("กองคลัง ประจำปีงบประมาณ พ.ศ. 2568"))
			.isEqualTo("กองคลัง");
		assertThat(th.itabatch.workbook.CommonColumns.withoutYearStated("Finance Division FY 2025")).isEqualTo("Finance Division");
		assertThat(th.itabatch.workbook.CommonColumns.withoutYearStated("ศูนย์ปฏิบัติการต่อต้านการทุจริต"))
			.as("a name without a year stays whole").isEqualTo("ศูนย์ปฏิบัติการต่อต้านการทุจริต");
	}

	@Test
	void aUnitsOwnRoundsAsRowsUnderAGroupOfNumberedIndicators() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง");
		s.text("A2", "ปีงบประมาณ 2566");
		s.row("A4", "รอบการประเมิน", "ตัวชี้วัด");
		s.merge("A4:A5").merge("B4:F4");
		s.row("B5", "1", "2", "3", "4", "5");
		s.row("A6", "รอบ 1", 90, 80, 70, 60, 50);
		s.row("A7", "รอบที่ 2", 91, 81, 71, 61, 51);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).isEmpty();
		assertThat(content.rows(ScoreEntry.class)).hasSize(10).allSatisfy(e -> {
			assertThat(e.unit()).isEqualTo("กองคลัง");
			assertThat(e.fiscalYear()).isEqualTo(2566);
		});
		assertThat(scoreOf(content, 3, 1)).isEqualByComparingTo("70");
		assertThat(scoreOf(content, 5, 2)).isEqualByComparingTo("51");
	}

	@Test
	void aRoundLeftBlankIsSaidToBeBlank() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง");
		s.text("A2", "ปีงบประมาณ 2566");
		s.row("A4", "รอบ", "IIT1", "IIT2", "IIT3");
		s.row("A5", "", 90, 80, 70);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo("ROUND_UNKNOWN");
			assertThat(m.cell()).isEqualTo("A5");
			assertThat(m.english()).as("a review: unknown round \"\"").contains("(ว่าง/blank)");
		});
	}

	@Test
	void aMatrixWithEachRoundOverItsIndicatorsAndEnglishHeaders() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("Units"));
		s.text("A1", "ITA results, fiscal year 2024");
		s.row("A3", "Unit", "Round 1", null, "Round 2");
		s.merge("A3:A4").merge("B3:C3").merge("D3:E3");
		s.row("B4", "Indicator 1", "Indicator 2", "Indicator 1", "Indicator 2");
		s.row("A5", "กองคลัง", 90, 80, 92, 82);
		s.row("A6", "Finance Division", 70, 60, 72, "sixty");

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code, Message::cell, Message::unit)
			.as("without a register, กองคลัง and Finance Division are two units: the one no error names is told of")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SCORE_NOT_NUMBER", "E6", "Finance Division"),
					org.assertj.core.groups.Tuple.tuple("WORKBOOK_REFUSED_UNIT", null, "กองคลัง"));
		assertThat(content.rows(ScoreEntry.class)).hasSize(7).allSatisfy(e -> assertThat(e.fiscalYear()).isEqualTo(2567));
		assertThat(content.rows(ScoreEntry.class)).filteredOn(e -> e.unit().equals("กองคลัง"))
			.extracting(ScoreEntry::round, e -> e.indicator().number(), e -> e.score().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, 90), org.assertj.core.groups.Tuple.tuple(1, 2, 80),
					org.assertj.core.groups.Tuple.tuple(2, 1, 92), org.assertj.core.groups.Tuple.tuple(2, 2, 82));
	}

	@Test
	void theNaccsTableWithToolScoresAndTheWholeItaBesideTheIndicators() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("ITA67_R2"));
		s.text("A1", "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 รอบที่ 2");
		s.row("A3", "ลำดับ", "หน่วยงาน", "i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8", "i9", "i10", "IIT", "EIT", "OIT",
				"ITA", "ระดับ");
		s.row("A4", 1, "กองคลัง", 90, 90, 90, 90, 90, 80, 80, 80, 70, 70, 90, 50, 70, 79, "B");

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).as("EIT stated 50 where its indicators make 80; the ITA is 0.3×90 + 0.3×80 + 0.4×70")
			.singleElement()
			.satisfies(m -> {
				assertThat(m.code()).isEqualTo("TOOL_MISMATCH");
				assertThat(m.cell()).isEqualTo("N4");
				assertThat(m.english()).contains("EIT", "50.00", "80.00");
			});
		List<ScoreEntry> rows = content.rows(ScoreEntry.class);
		assertThat(rows).as("ten indicators and the ITA as the stated overall; the tools' scores are not kept").hasSize(11);
		assertThat(rows.get(10).isOverall()).isTrue();
		assertThat(rows.get(10).score()).isEqualByComparingTo("79");
		assertThat(rows.get(10).cell()).isEqualTo("P4");
	}

	@Test
	void aMatrixsOverallBesideItsRoundsGroupsBlankNamesAndMeanRows() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("สรุป"));
		s.text("A1", "ปีงบประมาณ 2567");
		s.row("A3", "หน่วยงาน", "รอบที่ 1", null, "ภาพรวม");
		s.merge("A3:A4").merge("B3:C3").merge("D3:D4");
		s.row("B4", "IIT1", "IIT2");
		s.row("A5", "กองคลัง", 90, 80, 85);
		s.row("A6", "", 60, 50, 55);
		s.row("A7", "คะแนนเฉลี่ยทุกหน่วยงาน", 75, 65, 70);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code, Message::row)
			.as("a row without its unit's name is no unit above it; the mean row, however it begins, no unit")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("UNIT_MISSING", 6));
		assertThat(content.rows(ScoreEntry.class)).extracting(e -> e.isOverall() ? "overall" : "i" + e.indicator().number(),
				ScoreEntry::round, ScoreEntry::unit)
			.as("the overall beside the one round's group is that round's")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("i1", 1, "กองคลัง"),
					org.assertj.core.groups.Tuple.tuple("i2", 1, "กองคลัง"),
					org.assertj.core.groups.Tuple.tuple("overall", 1, "กองคลัง"));
	}

	@Test
	void anIndicatorColumnWhoseHeaderHoldsNumbersIsTheIndicatorsColumn() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง");
		s.text("A2", "ปีงบประมาณ 2564");
		s.row("A4", "ตัวชี้วัด (1-10)", "รอบ 1", "รอบ 2");
		s.row("A5", "1", 90, 91);
		s.row("A6", "2", 80, 81);

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).as("read before the matrix, refused with it for a while").isFalse();
		assertThat(scoreOf(content, 2, 2)).isEqualByComparingTo("81");
	}

	@Test
	void aMatrixThatNamesNoRoundIsToldWhereToWriteIt() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("สรุป"));
		s.text("A1", "ปีงบประมาณ 2567");
		s.row("A3", "หน่วยงาน", "IIT1", "IIT2", "IIT3");
		s.row("A4", "กองคลัง", 90, 80, 70);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo("SCORES_NO_ROUND");
			assertThat(m.cell()).isEqualTo("B3");
			assertThat(m.english()).contains("IIT1").contains("above the table");
		});
		assertThat(content.rows(ScoreEntry.class)).isEmpty();
	}

	@Test
	void theYearWrittenBesideTheUnitJustAboveTheHeaderIsTheTablesYearNotAColumn() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "ผลการประเมิน ITA กองพัฒนาหลักสูตรชุมชน");
		s.text("A2", "หน่วยงาน: กองพัฒนาหลักสูตรชุมชน").text("D2", "ปีงบประมาณ 2567");
		s.row("A3", "ตัวชี้วัด", "รอบ 1", "รอบ 2");
		s.row("A4", "1. การปฏิบัติหน้าที่", 88, 92);
		s.row("A5", "2. การใช้งบประมาณ", 86, 91);

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).isFalse();
		assertThat(content.rows(ScoreEntry.class)).hasSize(4).allSatisfy(e -> {
			assertThat(e.fiscalYear()).isEqualTo(2567);
			assertThat(e.unit()).isEqualTo("กองพัฒนาหลักสูตรชุมชน");
		});
		assertThat(scoreOf(content, 1, 2)).isEqualByComparingTo("92");
	}

	@Test
	void aTableWithoutItsYearIsToldSoOnceNotOnEveryRow() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง");
		s.row("A3", "ตัวชี้วัด", "ปีงบประมาณ", "รอบ 1");
		s.row("A4", "การปฏิบัติหน้าที่", null, 88);
		s.row("A5", "การใช้งบประมาณ", null, 86);
		s.row("A6", "การใช้อำนาจ", null, 90);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code, Message::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FISCAL_YEAR_MISSING", 4));
	}

	@Test
	void aScoreOutsideTheRangeIsRejectedWithItsCell() {
		Workbook workbook = ExampleWorkbooks.scores();
		workbook.getSheetAt(0).getRow(6).getCell(2).setCellValue(197.11);

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).isTrue();
		Message error = content.messages().stream().filter(Message::isError).findFirst().orElseThrow();
		assertThat(error.code()).isEqualTo("SCORE_RANGE");
		assertThat(error.sheet()).isEqualTo("คะแนน");
		assertThat(error.cell()).isEqualTo("C7");
		assertThat(error.thai()).isEqualTo("คะแนน 197.11 อยู่นอกช่วง 0–100");
		assertThat(error.english()).isEqualTo("score 197.11 is outside 0–100");
		assertThat(error.toString()).isEqualTo(
				"scores.xlsx › คะแนน › C7 · SCORE_RANGE · คะแนน 197.11 อยู่นอกช่วง 0–100 / score 197.11 is outside 0–100");

		// A holdout trial's 925 for 92.5 was refused without a word of what it would be.
		java.util.function.DoubleFunction<Message> typed = score -> {
			Workbook again = ExampleWorkbooks.scores();
			again.getSheetAt(0).getRow(6).getCell(2).setCellValue(score);
			return read(again).messages().stream().filter(Message::isError).findFirst().orElseThrow();
		};
		assertThat(typed.apply(925).english())
			.isEqualTo("score 925 is outside 0–100; if its decimal point was left out, it would be 92.5");
		assertThat(typed.apply(8875).thai())
			.isEqualTo("คะแนน 8875 อยู่นอกช่วง 0–100 ถ้าพิมพ์ตกจุดทศนิยม คะแนนที่ถูกน่าจะเป็น 88.75");
		assertThat(typed.apply(150).english()).as("15.0 is no plausible score: nothing guessed")
			.isEqualTo("score 150 is outside 0–100");
	}

	@Test
	void unknownAndDuplicateIndicatorsAndTextScoresAreErrors() {
		Workbook workbook = ExampleWorkbooks.scores();
		SheetBuilder s = new SheetBuilder(workbook.getSheetAt(0));
		s.text("B8", "การบริหารงานบุคคล");
		s.text("B10", "การใช้งบประมาณ");
		s.text("C9", "ดีมาก");

		List<Message> errors = read(workbook).messages().stream().filter(Message::isError).toList();

		assertThat(errors).extracting(Message::code, Message::cell)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("INDICATOR_UNKNOWN", "B8"),
					org.assertj.core.groups.Tuple.tuple("SCORE_NOT_NUMBER", "C9"),
					org.assertj.core.groups.Tuple.tuple("INDICATOR_DUPLICATE", "C10"));
		assertThat(errors.get(0).english()).isNotBlank();
	}

	/**
	 * What a trial's workbooks wrote that refused thirty scores: the overall as the whole ITA's
	 * ("ภาพรวม ITA"), an indicator's name with a word left out (read as the indicator, and said), and
	 * an unknown name's message offering the nearest names and how to write the overall.
	 */
	@Test
	void theWholeItasOverallAndANameAWordShortAreRead() {
		Workbook workbook = ExampleWorkbooks.scores();
		SheetBuilder s = new SheetBuilder(workbook.getSheetAt(0));
		s.text("B10", "การแก้ไขปัญหาการทุจรติ");
		s.text("B11", "ภาพรวม ITA");
		WorkbookContent content = read(workbook);
		assertThat(content.hasErrors()).isFalse();
		assertThat(content.rows(ScoreEntry.class)).filteredOn(ScoreEntry::isOverall).extracting(ScoreEntry::score)
			.singleElement().satisfies(score -> assertThat(score).isEqualByComparingTo("92.51"));
		assertThat(content.rows(ScoreEntry.class)).filteredOn(e -> e.cell().equals("C10"))
			.extracting(e -> e.indicator().number()).containsExactly(5);
		assertThat(content.messages()).filteredOn(m -> m.code().equals("INDICATOR_READ_AS")).singleElement()
			.satisfies(m -> assertThat(m.thai()).startsWith("\"การแก้ไขปัญหาการทุจรติ\" อ่านเป็นตัวชี้วัด IIT5 การแก้ไขปัญหาการทุจริต"));

		for (String overall : new String[] { "คะแนน ITA", "ITA", "ภาพรวม (ITA)", "รวม ITA" }) {
			Workbook again = ExampleWorkbooks.scores();
			new SheetBuilder(again.getSheetAt(0)).text("B11", overall);
			assertThat(read(again).rows(ScoreEntry.class)).filteredOn(ScoreEntry::isOverall).as(overall).hasSize(1);
		}

		// A tool's subtotal row, as the NACC's tables give it, is passed over (a retrial's was refused as an
		// unknown indicator); a number with a name no indicator has is read by its number, and said.
		for (String subtotal : new String[] { "IIT", "ภาพรวม IIT", "คะแนน (IIT)" }) {
			Workbook withTotal = ExampleWorkbooks.scores();
			new SheetBuilder(withTotal.getSheetAt(0)).row("A12", null, subtotal, 91.61);
			WorkbookContent read = read(withTotal);
			assertThat(read.hasErrors()).as(subtotal).isFalse();
			assertThat(read.rows(ScoreEntry.class)).as(subtotal).hasSize(6);
		}
		Workbook numbered = ExampleWorkbooks.scores();
		new SheetBuilder(numbered.getSheetAt(0)).text("B10", "5. ตัวชี้วัดเพิ่มเติมพิเศษ");
		assertThat(read(numbered).messages()).filteredOn(m -> m.code().equals("INDICATOR_READ_AS")).singleElement()
			.satisfies(m -> assertThat(m.thai()).startsWith("\"5. ตัวชี้วัดเพิ่มเติมพิเศษ\" อ่านเป็นตัวชี้วัด IIT5"));

		Workbook unknown = ExampleWorkbooks.scores();
		new SheetBuilder(unknown.getSheetAt(0)).text("B9", "การใช้ทรัพยากรบุคคลของราชการ");
		assertThat(read(unknown).messages()).filteredOn(Message::isError).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo("INDICATOR_UNKNOWN");
			assertThat(m.thai()).contains("หมายถึง \"4. การใช้ทรัพย์สินของราชการ\"", "ให้เขียนว่า \"ภาพรวม\"");
			assertThat(m.english()).contains("did you mean \"4. Use of government property\"");
		});
	}

	/**
	 * A refused workbook of several units' rows tells of each unit no error names: a retrial's planning
	 * office workbook, refused for one unit's rows, left the others "sending nothing" in their
	 * department's report.
	 */
	@Test
	void aRefusedWorkbookOfSeveralUnitsNamesEachOfThem() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		for (int i = 1; i <= 5; i++) {
			s.row("A" + (i + 1), "กองคลัง", 2564, 1, i, i == 1 ? 197.11 : 90);
			s.row("A" + (i + 6), "กองแผนงาน", 2564, 1, i, 88);
		}

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code, Message::unit)
			.contains(org.assertj.core.groups.Tuple.tuple("SCORE_RANGE", "กองคลัง"),
					org.assertj.core.groups.Tuple.tuple("WORKBOOK_REFUSED_UNIT", "กองแผนงาน"))
			.doesNotContain(org.assertj.core.groups.Tuple.tuple("WORKBOOK_REFUSED_UNIT", "กองคลัง"));
	}

	@Test
	void aTableWithScoresButNoIndicatorColumnIsRejected() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.row("A1", "หัวข้อ", "รอบ 1", "รอบ 2");
		s.row("A2", "การปฏิบัติหน้าที่", 97.11, 98.0);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code).containsExactly("SCORES_NO_INDICATOR_COLUMN");
	}

	@Test
	void aHeaderBelowRowThirtyIsNotLookedFor() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.row("A31", "ตัวชี้วัด", "รอบ 1");
		s.row("A32", "การปฏิบัติหน้าที่", 97.11);

		List<Message> messages = read(workbook).messages();
		assertThat(messages).extracting(Message::code).containsExactly("NO_TABLE");
		// What each kind of table needs is said, a plan's too (a trial's plan was refused saying only a register's).
		assertThat(messages.get(0).thai()).contains("ตารางคะแนนมีคอลัมน์ ตัวชี้วัด และ คะแนน",
				"แผนปฏิบัติการมีคอลัมน์ กิจกรรม และคอลัมน์เดือน ต.ค. … ก.ย.", "ผลการดำเนินงานมีคอลัมน์ กิจกรรม และ สถานะ");
	}

	@Test
	void missingIndicatorsOfARoundAreAWarning() {
		Workbook workbook = ExampleWorkbooks.scores();
		SheetBuilder s = new SheetBuilder(workbook.getSheetAt(0));
		s.text("B10", "");
		s.cell("C10").setBlank();
		s.cell("C11").setBlank();

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).isFalse();
		assertThat(content.messages()).extracting(Message::code).containsExactly("ROUND_INCOMPLETE");
		assertThat(content.messages().get(0).thai()).contains("IIT5 การแก้ไขปัญหาการทุจริต");
	}

	@Test
	void aUnitsYearsSideBySideEachOverItsRounds() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "ผลการประเมิน ITA กองคลัง");
		s.row("A3", "ตัวชี้วัด", "ปีงบประมาณ 2566", null, "ปีงบประมาณ ๒๕๖๗", null);
		s.merge("A3:A4").merge("B3:C3").merge("D3:E3");
		s.row("B4", "รอบ 1", "รอบ 2", "รอบที่ 1", "รอบที่ 2");
		s.row("A5", "1. การปฏิบัติหน้าที่", 80, 82, 88, 92);
		s.row("A6", "2. การใช้งบประมาณ", 81, 83, 86, 91);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code).doesNotContain("FISCAL_YEAR_MISSING", "INDICATOR_DUPLICATE");
		assertThat(content.rows(ScoreEntry.class)).filteredOn(e -> e.indicator().number() == 1)
			.extracting(ScoreEntry::fiscalYear, ScoreEntry::round, e -> e.score().intValue(), ScoreEntry::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2566, 1, 80, "B5"),
					org.assertj.core.groups.Tuple.tuple(2566, 2, 82, "C5"),
					org.assertj.core.groups.Tuple.tuple(2567, 1, 88, "D5"),
					org.assertj.core.groups.Tuple.tuple(2567, 2, 92, "E5"));
		assertThat(content.rows(ScoreEntry.class)).allSatisfy(e -> assertThat(e.unit()).isEqualTo("กองคลัง"));
	}

	@Test
	void aMatrixWithEachYearsRoundOverItsIndicatorsBesideTheTitlesYear() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("สรุป"));
		s.text("A1", "สรุปผลคะแนน ITA ปีงบประมาณ 2567");
		s.row("A3", "หน่วยงาน", "ปีงบประมาณ 2566 รอบที่ 2", null, "รอบที่ 1", null);
		s.merge("A3:A4").merge("B3:C3").merge("D3:E3");
		s.row("B4", "IIT1", "IIT2", "IIT1", "IIT2");
		s.row("A5", "กองคลัง", 70, 60, 72, 62);

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).isFalse();
		assertThat(content.rows(ScoreEntry.class))
			.extracting(ScoreEntry::fiscalYear, ScoreEntry::round, e -> e.indicator().number(), e -> e.score().intValue())
			.as("the group's own year for its columns, the title's for the group that states none")
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2566, 2, 1, 70),
					org.assertj.core.groups.Tuple.tuple(2566, 2, 2, 60),
					org.assertj.core.groups.Tuple.tuple(2567, 1, 1, 72),
					org.assertj.core.groups.Tuple.tuple(2567, 1, 2, 62));
	}

	@Test
	void aYearColumnOnTheRowOutranksTheYearItsRoundsHeaderStates() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัด", "รอบ 5 เดือนแรก (ต.ค.65 – ก.พ.66)");
		s.row("A2", "กองคลัง", 2567, "IIT1", 90);
		s.row("A3", "กองคลัง", null, "IIT2", 80);

		WorkbookContent content = read(workbook);

		assertThat(content.rows(ScoreEntry.class)).extracting(ScoreEntry::fiscalYear, ScoreEntry::cell)
			.as("the row's own year (carried down a blank cell), not the 2566 its round's months say")
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2567, "D2"), org.assertj.core.groups.Tuple.tuple(2567, "D3"));
	}

	@Test
	void aMatrixsRowsHiddenByAFilterAreReadAndSaid() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("สรุป"));
		s.text("A1", "สรุปผลคะแนน ITA ปีงบประมาณ 2567 รอบที่ 1");
		s.row("A3", "หน่วยงาน", "IIT1", "IIT2", "IIT3");
		s.row("A4", "กองคลัง", 70, 60, 65);
		s.row("A5", "กองการเจ้าหน้าที่", 80, 85, 90);
		workbook.getSheet("สรุป").getRow(4).setZeroHeight(true);

		WorkbookContent content = read(workbook);

		assertThat(content.rows(ScoreEntry.class)).extracting(ScoreEntry::unit).contains("กองการเจ้าหน้าที่");
		assertThat(content.messages()).filteredOn(m -> !m.code().equals("ROUND_INCOMPLETE"))
			.extracting(Message::code, Message::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ROWS_HIDDEN", 5));
	}

	@Test
	void anOverallOfSeveralToolsThatDiffersIsSaidToDifferFromTheWeightedTotal() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง ปีงบประมาณ 2566");
		s.row("A3", "ตัวชี้วัด", "รอบ 1");
		double[] scores = { 80, 80, 80, 80, 80, 90, 90, 90, 95, 95 };
		for (int i = 0; i < scores.length; i++) {
			s.row("A" + (4 + i), "ตัวชี้วัดที่ " + (i + 1), scores[i]);
		}
		s.row("A14", "ภาพรวม", 86.0); // the plain mean of the ten; by tool 0.3 × 80 + 0.3 × 90 + 0.4 × 95 = 89

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).filteredOn(m -> m.code().equals("OVERALL_MISMATCH")).singleElement().satisfies(m -> {
			assertThat(m.cell()).isEqualTo("B14");
			assertThat(m.thai()).contains("คำนวณจากตัวชี้วัด (คะแนน ITA รวม ถ่วงน้ำหนักตามเครื่องมือ IIT 30% EIT 30% OIT 40%) 89.00");
			assertThat(m.english()).contains("(the whole ITA score, its tools weighted IIT 30% EIT 30% OIT 40%) 89.00");
		});
	}

	@Test
	void roundsWrittenWithASpaceBeforeTheirNumberWordAndAYearWrittenShort() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง");
		s.text("A2", "ประจำปีงบประมาณ ๖๗");
		s.row("A4", "ตัวชี้วัด", "รอบ ที่ 1", "รอบ\u00a0ที่\u00a0๒");
		s.row("A5", "1. การปฏิบัติหน้าที่", 88, 92);

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).isFalse();
		assertThat(content.rows(ScoreEntry.class)).as("a trial: round 1's column was dropped without a word")
			.extracting(ScoreEntry::fiscalYear, ScoreEntry::round, e -> e.score().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2567, 1, 88), org.assertj.core.groups.Tuple.tuple(2567, 2, 92));
		assertThat(th.itabatch.workbook.CommonColumns.fiscalYearInTitle("FY24")).hasValue(2567);
		assertThat(th.itabatch.workbook.CommonColumns.fiscalYearInTitle("ปีงบ 2567")).hasValue(2567);
	}

	@Test
	void aToolsGroupRowThatMentionsAnIndicatorsNameIsNoMissingScore() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("ITA"));
		s.text("A1", "หน่วยงาน: กองคลัง ปีงบประมาณ 2567");
		s.row("A3", "ตัวชี้วัด", "รอบ 1");
		s.row("A4", "IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน");
		String[] names = { "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
				"การแก้ไขปัญหาการทุจริต" };
		for (int i = 0; i < names.length; i++) {
			s.row("A" + (5 + i), names[i], 90 + i);
		}
		s.row("A10", "EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก");
		s.row("A11", "คุณภาพการดำเนินงาน", 91);
		s.row("A12", "ประสิทธิภาพการสื่อสาร", 92);
		s.row("A13", "การปรับปรุงระบบการทำงาน", 93);
		s.row("A14", "OIT แบบวัดการเปิดเผยข้อมูลสาธารณะ");
		s.row("A15", "การเปิดเผยข้อมูล", 80);
		s.row("A16", "การป้องกันการทุจริต", 85);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code).as("a trial: the OIT group row was 'indicator 9 left blank'")
			.doesNotContain("SCORE_MISSING");
		assertThat(content.hasErrors()).isFalse();
		assertThat(scoreOf(content, 9, 1)).isEqualByComparingTo("80");
		assertThat(content.rows(ScoreEntry.class)).hasSize(10);
	}

	@Test
	void eachRoundsOwnScoreRespondentsAndTargetUnderItsMergedHeader() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง");
		s.text("A2", "ปีงบประมาณ 2567");
		s.row("A4", "ตัวชี้วัด", "รอบที่ 1", null, null, "รอบที่ 2", null, null);
		s.merge("A4:A5").merge("B4:D4").merge("E4:G4");
		s.row("B5", "คะแนน (ร้อยละ)", "ผู้ตอบ (คน)", "เป้าหมาย", "คะแนน (ร้อยละ)", "ผู้ตอบ (คน)", "เป้าหมาย");
		s.row("A6", "1. การปฏิบัติหน้าที่", 88, 40, 85, 92, 45, 92.5);
		s.row("A7", "2. การใช้งบประมาณ", 86, 40, 85, 91, 44, 92.5);

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).as("a trial: the second header row was read as an indicator, the file refused").isFalse();
		assertThat(content.rows(ScoreEntry.class)).filteredOn(e -> e.indicator().number() == 1)
			.extracting(ScoreEntry::round, e -> e.score().intValue(), ScoreEntry::respondents, e -> e.target().toPlainString(),
					ScoreEntry::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 88, 40, "85", "B6"),
					org.assertj.core.groups.Tuple.tuple(2, 92, 45, "92.5", "E6"));

		XSSFWorkbook scoresOnly = new XSSFWorkbook();
		SheetBuilder o = new SheetBuilder(scoresOnly.createSheet("คะแนน"));
		o.text("A1", "หน่วยงาน: กองคลัง ปีงบประมาณ 2567");
		o.row("A3", "ตัวชี้วัด", "รอบที่ 1", "รอบที่ 2");
		o.row("B4", "คะแนน", "คะแนน");
		o.row("A5", "1. การปฏิบัติหน้าที่", 88, 92);

		WorkbookContent only = read(scoresOnly);

		assertThat(only.hasErrors()).isFalse();
		assertThat(only.rows(ScoreEntry.class)).extracting(ScoreEntry::round, e -> e.score().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 88), org.assertj.core.groups.Tuple.tuple(2, 92));
	}

	@Test
	void respondentsWrittenOnTheOverallRowAloneAreTheRoundsOneSurveys() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง");
		s.text("A2", "ปีงบประมาณ 2565");
		s.row("A4", "ตัวชี้วัด", "รอบ 1", null, "รอบ 2", null);
		s.merge("A4:A5").merge("B4:C4").merge("D4:E4");
		s.row("B5", "คะแนน", "จำนวนผู้ตอบ", "คะแนน", "จำนวนผู้ตอบ");
		s.row("A6", "การปฏิบัติหน้าที่", 88.1, 25, 90.6);
		s.row("A7", "การใช้งบประมาณ", 87.2, 24, 89.7);
		s.row("A8", "ภาพรวม", null, null, null, 31);

		WorkbookContent content = read(workbook);

		// A trial: round 2's 31, written once on the overall row, was dropped without a word.
		assertThat(content.messages()).extracting(Message::code).containsOnly("ROUND_INCOMPLETE");
		assertThat(content.rows(ScoreEntry.class)).extracting(ScoreEntry::round, e -> e.indicator().number(), ScoreEntry::respondents)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, 25), org.assertj.core.groups.Tuple.tuple(2, 1, 31),
					org.assertj.core.groups.Tuple.tuple(1, 2, 24), org.assertj.core.groups.Tuple.tuple(2, 2, 31));
	}

	@Test
	void anOverallCountInAColumnSharedByRoundsIsNoRoundsAndAnOitCountLeavesTheSurveysOwn() {
		XSSFWorkbook shared = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(shared.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง ปีงบประมาณ 2565");
		s.row("A3", "ตัวชี้วัด", "รอบ 1", "รอบ 2", "จำนวนผู้ตอบ");
		s.row("A4", "การปฏิบัติหน้าที่", 88, 90);
		s.row("A5", "การใช้งบประมาณ", 87, 89);
		s.row("A6", "ภาพรวม", null, null, 31);

		WorkbookContent content = read(shared);

		// A review: the 31 went to both rounds.
		assertThat(content.messages()).extracting(Message::code, Message::cell)
			.contains(org.assertj.core.groups.Tuple.tuple("RESPONDENTS_OVERALL_SHARED", "D6"));
		assertThat(content.rows(ScoreEntry.class)).extracting(ScoreEntry::respondents).containsOnlyNulls();

		XSSFWorkbook oit = new XSSFWorkbook();
		SheetBuilder o = new SheetBuilder(oit.createSheet("คะแนน"));
		o.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน", "จำนวนผู้ตอบ");
		o.row("A2", "กองคลัง", 2565, 2, "การปฏิบัติหน้าที่", 91);
		o.row("A3", "กองคลัง", 2565, 2, "การใช้งบประมาณ", 90);
		o.row("A4", "กองคลัง", 2565, 2, "การเปิดเผยข้อมูล", 82, 51);
		o.row("A5", "กองคลัง", 2565, 2, "ภาพรวม", 86, 40);

		// A review: OIT's 51, no survey's, left the overall's 40 unused without a word.
		assertThat(read(oit).rows(ScoreEntry.class)).filteredOn(e -> !e.isOverall() && e.indicator().number() <= 5)
			.extracting(ScoreEntry::respondents).containsOnly(40);
	}

	@Test
	void respondentsOnTheOverallRowOfARoundOfTwoSurveysAreNotGuessedButSaid() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน", "จำนวนผู้ตอบ");
		s.row("A2", "กองคลัง", 2565, 1, "การปฏิบัติหน้าที่", 90);
		s.row("A3", "กองคลัง", 2565, 1, "คุณภาพการดำเนินงาน", 85);
		s.row("A4", "กองคลัง", 2565, 1, "การเปิดเผยข้อมูล", 80);
		s.row("A5", "กองคลัง", 2565, 1, "ภาพรวม", 85.5, 150);
		s.row("A6", "กองคลัง", 2565, 2, "การปฏิบัติหน้าที่", 91);
		s.row("A7", "กองคลัง", 2565, 2, "การเปิดเผยข้อมูล", 82);
		s.row("A8", "กองคลัง", 2565, 2, "ภาพรวม", 86, 40);

		WorkbookContent content = read(workbook);

		// IIT's staff and EIT's service users are different people: 150 could be either's, or both.
		assertThat(content.messages()).filteredOn(m -> m.code().startsWith("RESPONDENTS"))
			.extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("RESPONDENTS_OVERALL_UNUSED", "F5"));
		assertThat(content.rows(ScoreEntry.class)).filteredOn(e -> !e.isOverall())
			.extracting(ScoreEntry::round, e -> e.indicator().number(), ScoreEntry::respondents)
			.as("round 2's one survey, IIT, has the overall's 40; OIT is no survey")
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, null), org.assertj.core.groups.Tuple.tuple(1, 6, null),
					org.assertj.core.groups.Tuple.tuple(1, 9, null), org.assertj.core.groups.Tuple.tuple(2, 1, 40),
					org.assertj.core.groups.Tuple.tuple(2, 9, null));
	}

	@Test
	void aTitleMergedJustAboveALongTableIsNoRoundsGroup() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "ผลคะแนน ITA รอบที่ 1 และ 2 ปีงบประมาณ 2567").merge("A1:F1");
		s.row("A2", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน", "จำนวนผู้ตอบ");
		s.row("A3", "กองคลัง", 2567, 1, "IIT1", 88, 40);
		s.row("A4", "กองคลัง", 2567, 2, "IIT1", 92, 45);

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).as("a review: the title read as round 1's group, round 2 a duplicate").isFalse();
		assertThat(content.rows(ScoreEntry.class)).extracting(ScoreEntry::round, e -> e.score().intValue(), ScoreEntry::respondents)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 88, 40), org.assertj.core.groups.Tuple.tuple(2, 92, 45));
	}

	@Test
	void theYearLabelledAboveOutranksTheYearARoundsMonthsImply() {
		java.util.function.Function<Boolean, WorkbookContent> sheet = labelled -> {
			XSSFWorkbook workbook = new XSSFWorkbook();
			SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
			s.text("A1", "หน่วยงาน: กองคลัง");
			if (labelled) {
				s.text("A2", "ปีงบประมาณ พ.ศ. 2568");
			}
			s.row("A4", "ตัวชี้วัด", "รอบ 5 เดือนแรก (ต.ค.66 – ก.พ.67)");
			s.row("A5", "IIT1", 88);
			return read(workbook);
		};

		assertThat(sheet.apply(true).rows(ScoreEntry.class)).extracting(ScoreEntry::fiscalYear)
			.as("a review: last year's months left in this year's template").containsExactly(2568);
		assertThat(sheet.apply(false).rows(ScoreEntry.class)).extracting(ScoreEntry::fiscalYear).containsExactly(2567);
		assertThat(th.itabatch.workbook.CommonColumns.fiscalYearInTitle("Please verify 10 indicators")).isEmpty();
	}

	@Test
	void aToolsScoreIsCheckedAgainstItsOwnYearsIndicators() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("สรุป"));
		s.row("A3", "หน่วยงาน", "ปีงบประมาณ 2566 รอบที่ 2", null, null, "ปีงบประมาณ 2567 รอบที่ 2", null, null);
		s.merge("A3:A4").merge("B3:D3").merge("E3:G3");
		s.row("B4", "IIT1", "IIT2", "IIT", "IIT1", "IIT2", "IIT");
		s.row("A5", "กองคลัง", 70, 80, 75, 90, 94, 92);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code).as("a review: the two years' IIT1 and IIT2 averaged together")
			.doesNotContain("TOOL_MISMATCH");
		assertThat(content.rows(ScoreEntry.class)).extracting(ScoreEntry::fiscalYear).containsOnly(2566, 2567);
	}

	@Test
	void anOverallOfTwoToolsIsSaidAgainstTheirWeightsScaledToThem() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง ปีงบประมาณ 2566");
		s.row("A3", "ตัวชี้วัด", "รอบ 1");
		s.row("A4", "IIT1", 80);
		s.row("A5", "OIT9", 94);
		s.row("A6", "ภาพรวม", 80.0); // by tool 0.3 × 80 + 0.4 × 94 over 0.7 = 88

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).filteredOn(m -> m.code().equals("OVERALL_MISMATCH")).singleElement()
			.satisfies(m -> assertThat(m.thai()).contains("ถ่วงน้ำหนักตามเครื่องมือ IIT 42.86% OIT 57.14%) 88.00"));
	}

	@Test
	void yearsOverRoundsOverTheirOwnScoreAndRespondentsColumns() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("คะแนน"));
		s.text("A1", "หน่วยงาน: กองคลัง");
		s.row("A3", "ตัวชี้วัด", "ปีงบประมาณ 2566", null, null, null, "ปีงบประมาณ 2567", null, null, null);
		s.row("B4", "รอบที่ 1", null, "รอบที่ 2", null, "รอบที่ 1", null, "รอบที่ 2", null);
		s.row("B5", "คะแนน", "จำนวนผู้ตอบ", "คะแนน", "จำนวนผู้ตอบ", "คะแนน", "จำนวนผู้ตอบ", "คะแนน", "จำนวนผู้ตอบ");
		s.merge("A3:A5").merge("B3:E3").merge("F3:I3").merge("B4:C4").merge("D4:E4").merge("F4:G4").merge("H4:I4");
		s.row("A6", "1. การปฏิบัติหน้าที่", 80, 10, 82, 11, 88, 12, 92, 13);

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).isFalse();
		assertThat(content.rows(ScoreEntry.class)).as("a trial: the second year read as the first's, without a word")
			.extracting(ScoreEntry::fiscalYear, ScoreEntry::round, e -> e.score().intValue(), ScoreEntry::respondents)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2566, 1, 80, 10), org.assertj.core.groups.Tuple.tuple(2566, 2, 82, 11),
					org.assertj.core.groups.Tuple.tuple(2567, 1, 88, 12), org.assertj.core.groups.Tuple.tuple(2567, 2, 92, 13));
	}

	@Test
	void yearsTypedUnmergedOverTheirFirstRoundAndRoundsOfSixMonths() {
		// A trial's unit: its years typed over the first of their rounds, unmerged, and its rounds named
		// "6 เดือนแรก" / "6 เดือนหลัง". Its FY 2567 round was passed over without a word.
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("Sheet1"));
		s.text("A1", "ผลคะแนน ITA ของกองคลัง");
		s.row("B2", "ปีงบประมาณ 2566", null, "ปีงบประมาณ 2567");
		s.row("A3", "ตัวชี้วัด", "รอบ 6 เดือนแรก", "รอบ 6 เดือนหลัง", "รอบ 6 เดือนแรก");
		s.row("A4", "การปฏิบัติหน้าที่", 88.3, 89, 90.2);
		s.row("A5", "การใช้งบประมาณ", 86, 87.2, 88.1);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code).containsOnly("ROUND_INCOMPLETE");
		assertThat(content.rows(ScoreEntry.class)).filteredOn(e -> e.indicator().number() == 1)
			.extracting(ScoreEntry::fiscalYear, ScoreEntry::round, ScoreEntry::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2566, 1, "B4"),
					org.assertj.core.groups.Tuple.tuple(2566, 2, "C4"),
					org.assertj.core.groups.Tuple.tuple(2567, 1, "D4"));
	}

	@Test
	void roundHeadingsThatStateTheirYear() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("Sheet1"));
		s.text("A1", "ผลคะแนน ITA ของกองคลัง");
		s.row("A3", "ตัวชี้วัด", "รอบ 1/2566", "รอบที่ ๒/๖๖", "รอบ 1 ปี 2567");
		s.row("A4", "การปฏิบัติหน้าที่", 88.3, 89, 90.2);

		WorkbookContent content = read(workbook);

		assertThat(content.rows(ScoreEntry.class)).extracting(ScoreEntry::fiscalYear, ScoreEntry::round, ScoreEntry::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2566, 1, "B4"),
					org.assertj.core.groups.Tuple.tuple(2566, 2, "C4"),
					org.assertj.core.groups.Tuple.tuple(2567, 1, "D4"));
		assertThat(content.messages()).extracting(Message::code).doesNotContain("FISCAL_YEAR_MISSING", "INDICATOR_DUPLICATE");

		// A date in a round's heading is no year it states (a review: round 1 "as of 31 Dec 2565" went to FY 2565).
		XSSFWorkbook dated = new XSSFWorkbook();
		SheetBuilder d = new SheetBuilder(dated.createSheet("Sheet1"));
		d.text("A1", "ผลคะแนน ITA ของกองคลัง ปีงบประมาณ 2566");
		d.row("A3", "ตัวชี้วัด", "รอบ 1 (ณ 31 ธ.ค. 2565)", "รอบ 2 (ณ 30 มิ.ย. 2566)");
		d.row("A4", "การปฏิบัติหน้าที่", 88.3, 89);
		assertThat(read(dated).rows(ScoreEntry.class)).extracting(ScoreEntry::fiscalYear).containsOnly(2566);
	}

	@Test
	void aColumnWhoseHeadingSpeaksOfAnUnknownRoundIsSaidNotRead() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("Sheet1"));
		s.text("A1", "ผลคะแนน ITA ของกองคลัง ปีงบประมาณ 2566");
		s.row("A3", "ตัวชี้วัด", "รอบ 1", "รอบพิเศษ", "ส่วนต่างจากรอบก่อน", "จำนวนผู้ตอบรอบ 1", "เฉลี่ย 2 รอบ", "คะแนนรอบที่แล้ว");
		s.row("A4", "การปฏิบัติหน้าที่", 88.3, 89, 0.7, 25, 88.65, 80);
		s.row("A5", "การใช้งบประมาณ", 86, 87.2, 1.2, 25, 86.6, 81);

		WorkbookContent content = read(workbook);

		assertThat(content.rows(ScoreEntry.class)).extracting(ScoreEntry::cell).containsExactly("B4", "B5");
		assertThat(content.messages()).filteredOn(m -> !m.code().equals("ROUND_INCOMPLETE"))
			.extracting(Message::code, Message::cell, Message::isError, Message::thai)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SCORES_COLUMN_NOT_READ", "C3", false,
					"คอลัมน์ \"รอบพิเศษ\" มีคะแนนแต่ไม่ได้นำไปใช้ เพราะหัวคอลัมน์ไม่ใช่ชื่อรอบการประเมินที่รู้จัก ให้เขียนหัวคอลัมน์เป็น \"รอบที่ 1\" \"รอบ 5 เดือนแรก\" หรือ \"รอบที่ 2\""));
	}

	@Test
	void aUnitsTableRefusedForItsYearIsThatUnitsRefusal() {
		// Its department report said the unit had sent nothing (a trial).
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("Sheet1"));
		s.text("A1", "ผลคะแนน ITA ของกองคลัง");
		s.row("A3", "ตัวชี้วัด", "รอบ 1", "รอบ 2");
		s.row("A4", "การปฏิบัติหน้าที่", 88.3, 89);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).extracting(Message::code, Message::unit)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FISCAL_YEAR_MISSING", "กองคลัง"));
	}

	@Test
	void aScoreWhoseDecimalPointSlippedIsSaidWithWhatItWouldBe() {
		// A trial's "๗.๙๓" for 79.30 made its unit the department's lowest without a word.
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("IIT"));
		s.text("A1", "ผลคะแนน ITA ของกองคลัง ปีงบประมาณ 2567");
		s.row("A3", "ตัวชี้วัด", "รอบ 1", "รอบ 2");
		s.row("A4", "การปฏิบัติหน้าที่", 81.2, 8.52);
		s.row("A5", "การใช้งบประมาณ", "๗.๙๓", 80.1);
		s.row("A6", "การใช้อำนาจ", 82.4, 84);
		s.row("A7", "การใช้ทรัพย์สินของราชการ", 79.9, 40.5);
		s.row("A8", "การแก้ไขปัญหาการทุจริต", 80.6, 81);

		WorkbookContent content = read(workbook);

		assertThat(content.hasErrors()).isFalse();
		// 40.50 is far below too, but no slipped point: ten times it is no score.
		assertThat(content.messages()).extracting(Message::code, Message::cell, Message::unit)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SCORE_DECIMAL_SLIP", "B5", "กองคลัง"),
					org.assertj.core.groups.Tuple.tuple("SCORE_DECIMAL_SLIP", "C4", "กองคลัง"));
		assertThat(content.messages().get(0).thai()).isEqualTo("คะแนน 7.93 ของตัวชี้วัด IIT2 การใช้งบประมาณ"
				+ " ต่ำกว่าตัวชี้วัดอื่นของรอบเดียวกันมาก (ค่ากลาง 80.90) ถ้าพิมพ์จุดทศนิยมผิดที่ (หรือพิมพ์ร้อยละเป็นทศนิยม เช่น 0.885)"
				+ " คะแนนที่ถูกน่าจะเป็น 79.30"
				+ " ให้ตรวจสอบ แก้ไข แล้วส่งไฟล์ใหม่");
		assertThat(scoreOf(content, 2, 1)).isEqualByComparingTo("7.93");
	}

	/** A holdout trial's export: 0.885 in a plain cell took a unit's trend from 84.72 to 75.96 without a word. */
	@Test
	void aShareTypedAsAFractionInAPlainCellIsSaidWithWhatItWouldBe() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("IIT"));
		s.text("A1", "ผลคะแนน ITA ของกองคลัง ปีงบประมาณ 2567");
		s.row("A3", "ตัวชี้วัด", "รอบ 1");
		s.row("A4", "การปฏิบัติหน้าที่", 88.5);
		s.row("A5", "การใช้งบประมาณ", 0.885);
		s.row("A6", "การใช้อำนาจ", 90);
		s.row("A7", "การใช้ทรัพย์สินของราชการ", 87);
		s.row("A8", "การแก้ไขปัญหาการทุจริต", 89);

		WorkbookContent content = read(workbook);

		assertThat(content.messages()).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo("SCORE_DECIMAL_SLIP");
			assertThat(m.cell()).isEqualTo("B5");
			assertThat(m.english()).contains("score 0.885 of indicator IIT2", "median 88.75", "it would be 88.50");
		});
	}
}
