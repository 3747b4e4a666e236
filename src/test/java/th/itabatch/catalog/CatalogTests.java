package th.itabatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogTests {

	private final Catalog catalog = TestCatalog.shipped();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "การใช้ทรัพย์สินของราชการ|4", "การใช้ ทรัพย์สิน ของราชการ|4",
			"Use of government property|4", "4|4", "๔|4", "ตัวชี้วัดที่ ๔|4", "4. การใช้ทรัพย์สินของราชการ|4", "IIT4|4",
			"iit-04|4", "EIT6|6", "OIT 10|10", "(2) การใช้งบประมาณ|2", "การปฎิบัติหน้าที่|1", "ด้านการใช้อำนาจ|3",
			"1) การปฏิบัติหน้าที่|1", "ตัวชี้วัดการใช้ทรัพย์สินของราชการ|4", "คะแนนการใช้งบประมาณ (IIT2)|2",
			"ตัวชี้วัดที่ 3: ด้านการใช้อำนาจ|3", "การปฏิบัติหน้าที่ (Performance of duty)|1", "ด้านที่ 1 การปฏิบัติหน้าที่|1",
			"การใช้งบประมาณ (รอบที่ 2)|2", "การเปิดเผยข้อมูลสาธารณะ|9" })
	void recognisesIndicatorsAsPeopleNameThem(String text, int number) {
		assertThat(catalog.indicators().find(text)).map(Indicator::number).contains(number);
	}

	@Test
	void rejectsWhatIsNoIndicator() {
		assertThat(catalog.indicators().find("การบริหารงานบุคคล")).isEmpty();
		assertThat(catalog.indicators().find("11")).isEmpty();
		assertThat(catalog.indicators().find("EIT4")).isEmpty();
		assertThat(catalog.indicators().runsOn("การใช้อำนาจพิเศษ")).as("a trial's: read as การใช้อำนาจ, and said").isTrue();
		assertThat(catalog.indicators().runsOn("การใช้อำนาจ")).isFalse();
		assertThat(catalog.indicators().runsOn("ด้านการใช้อำนาจ")).isFalse();
		assertThat(catalog.indicators().runsOn("การใช้อำนาจ (IIT3)")).isFalse();
		assertThat(catalog.indicators().runsOn("การใช้อำนาจ ปี 2567")).isFalse();
		assertThat(catalog.indicators().runsOn("3. การใช้อำนาจพิเศษ")).as("its number decides").isFalse();
		assertThat(IndicatorCatalog.isOverall("ภาพรวม")).isTrue();
		assertThat(IndicatorCatalog.isOverall("Overall")).isTrue();
		assertThat(IndicatorCatalog.isOverall("รวม")).isTrue();
	}

	@Test
	void fiscalYearRunsOctoberToSeptemberNamedByItsBeEndYear() {
		assertThat(FiscalCalendar.fiscalYear(YearMonth.of(2020, 10))).isEqualTo(2564);
		assertThat(FiscalCalendar.fiscalYear(YearMonth.of(2021, 9))).isEqualTo(2564);
		assertThat(FiscalCalendar.fiscalYear(YearMonth.of(2021, 10))).isEqualTo(2565);
		assertThat(FiscalCalendar.monthOf(2564, Month.NOVEMBER)).isEqualTo(YearMonth.of(2020, 11));
		assertThat(FiscalCalendar.monthOf(2564, Month.JUNE)).isEqualTo(YearMonth.of(2021, 6));
		assertThat(FiscalCalendar.fiscalIndex(Month.OCTOBER)).isEqualTo(1);
		assertThat(FiscalCalendar.fiscalIndex(Month.SEPTEMBER)).isEqualTo(12);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "รอบ 1|1|", "รอบที่ ๒|2|", "Round 1|1|", "5 เดือนแรก|1|",
			"รอบ 5 เดือนแรก (ต.ค.63 – ก.พ.64)|1|2564", "รอบ ๖ เดือนหลัง (มีนาคม ๒๕๖๔ - กรกฎาคม ๒๕๖๔)|2|2564",
			"คะแนนรอบ 2|2|", "รอบแรก|1|", "ครั้งที่ 1|1|", "การประเมินครั้งที่ ๒|2|", "ครั้งที่ 2/2564|2|",
			"ต.ค. 63 - ก.พ. 64|1|2564", "มีนาคม 2565 ถึง กรกฎาคม 2565|2|2565", "(มี.ค.๖๔ - ก.ค.๖๔)|2|2564" })
	void readsRoundHeaders(String text, int round, Integer fiscalYear) {
		FiscalCalendar.RoundLabel label = catalog.calendar().parseRoundLabel(text).orElseThrow();
		assertThat(label.round().number()).isEqualTo(round);
		assertThat(label.fiscalYear()).isEqualTo(fiscalYear);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ระยะเวลาดำเนินการ (มี.ค.๖๔ - ก.ค.๖๔)", "ต.ค. 63 - มี.ค. 64", "ก.ย. 63 - ก.พ. 64",
			"จำนวนครั้ง", "ครั้งที่", "งวดที่ 1" })
	void namesNoRoundWhereTheMonthsAreNoRoundsOrExplainOtherWords(String text) {
		// A plan's period names no round; nor months that are not one round's, first to last.
		assertThat(catalog.calendar().parseRoundLabel(text)).isEmpty();
	}

	@Test
	void roundsAndTargetsComeFromConfiguration() {
		assertThat(catalog.calendar().target(2564, 1)).isEqualByComparingTo("85");
		assertThat(catalog.calendar().target(2564, 2)).isEqualByComparingTo("92.50");
		assertThat(catalog.calendar().round(1).orElseThrow().months()).containsExactly(Month.OCTOBER, Month.NOVEMBER,
				Month.DECEMBER, Month.JANUARY, Month.FEBRUARY);
		assertThat(catalog.calendar().roundEnd(2564, catalog.calendar().round(2).orElseThrow()))
			.isEqualTo(YearMonth.of(2021, 7));
	}

	@Test
	void levelsFollowTheDatedScheme() {
		assertThat(catalog.levels().levelOf(new BigDecimal("97.11"), 2564)).isEqualTo("AA");
		assertThat(catalog.levels().levelOf(new BigDecimal("95.00"), 2564)).isEqualTo("AA");
		assertThat(catalog.levels().levelOf(new BigDecimal("94.99"), 2564)).isEqualTo("A");
		assertThat(catalog.levels().levelOf(new BigDecimal("85"), 2564)).isEqualTo("A");
		assertThat(catalog.levels().levelOf(new BigDecimal("84.99"), 2564)).isEqualTo("B");
		assertThat(catalog.levels().levelOf(new BigDecimal("50"), 2564)).isEqualTo("E");
		assertThat(catalog.levels().levelOf(new BigDecimal("49.99"), 2564)).isEqualTo("F");
	}

	@Test
	void aWeightSchemeThatLeavesAToolOutOrAddsUpToOtherThanOneRefusesTheStart() {
		// A trial: { IIT: 0.5, EIT: 0.5 } weighed OIT 1 without a word.
		org.springframework.boot.context.properties.bind.Binder partial = new org.springframework.boot.context.properties.bind.Binder(
				new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(java.util.Map.of(
						"w[0].from-fiscal-year", "2565", "w[0].weights.IIT", "0.5", "w[0].weights.EIT", "0.5")));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> partial.bind("w", org.springframework.boot.context.properties.bind.Bindable.listOf(WeightScheme.class)))
			.rootCause()
			.hasMessageContaining("fiscal year 2565 names no weight for [OIT]");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new WeightScheme(2565, java.util.Map.of(Tool.IIT, new BigDecimal("0.3"), Tool.EIT,
					new BigDecimal("0.3"), Tool.OIT, new BigDecimal("0.3"))))
			.hasMessageContaining("add up to 0.9, not 1");
		assertThat(new WeightScheme(2565, java.util.Map.of(Tool.IIT, new BigDecimal("0.33"), Tool.EIT, new BigDecimal("0.33"),
				Tool.OIT, new BigDecimal("0.34"))).weights()).hasSize(3);
	}
}
