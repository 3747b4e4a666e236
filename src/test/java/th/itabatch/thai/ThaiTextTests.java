package th.itabatch.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ThaiTextTests {

	@Test
	void convertsDigitsBothWays() {
		assertThat(ThaiDigits.toArabic("๙๗.๑๑")).isEqualTo("97.11");
		assertThat(ThaiDigits.toThai("92.50")).isEqualTo("๙๒.๕๐");
	}

	@Test
	void codesKeepTheirDigitsInThaiText() {
		assertThat(ThaiDigits.toThai("รอบ 1 ขาดตัวชี้วัด IIT3 การใช้อำนาจ (เซลล์ E64:F70, FY2564) ร้อยละ 50"))
			.isEqualTo("รอบ ๑ ขาดตัวชี้วัด IIT3 การใช้อำนาจ (เซลล์ E64:F70, FY2564) ร้อยละ ๕๐");
	}

	/** A retrial's brief gave "folders/๑AbCd…": a link's digits are its own, up to the next space. */
	@Test
	void linksKeepTheirDigits() {
		assertThat(ThaiDigits.toThai("อบรม 30 คน ดู https://drive.example.com/folders/1Ab?key=0-9 และ www.x2.go.th/2564 วันที่ 5"))
			.isEqualTo("อบรม ๓๐ คน ดู https://drive.example.com/folders/1Ab?key=0-9 และ www.x2.go.th/2564 วันที่ ๕");
	}

	@Test
	void headerKeysIgnoreSpacingCaseLineBreaksAndUnits() {
		assertThat(ThaiText.key("  คะแนน \n (ร้อยละ) ")).isEqualTo("คะแนน");
		assertThat(ThaiText.key("Score (%)")).isEqualTo("score");
		assertThat(ThaiText.key("ตัวชี้วัด\u00A0\u00A0 ITA")).isEqualTo("ตัวชี้วัด ita");
		assertThat(ThaiText.key("ตัวชี้วัดที่ ๔")).isEqualTo("ตัวชี้วัดที่ 4");
	}

	@ParameterizedTest
	@CsvSource({ "มิ.ย.,6,", "มิย,6,", "มิ.ย,6,", "มิ.ย.64,6,2564", "มิ.ย. 2564,6,2564", "มิถุนายน,6,",
			"เดือนมิถุนายน ๒๕๖๔,6,2564", "มิถุนา,6,", "Jun,6,", "June 2021,6,2564", "ต.ค.,10,", "ก.ย. ๖๔,9,2564",
			"ม.ค.,1,", "มี.ค.,3,", "พ.ค.,5,", "พ.ย.,11,", "ก.ค.,7,", "ก.พ.,2," })
	void readsMonthsAsPeopleWriteThem(String text, int month, Integer yearBE) {
		MonthYear parsed = ThaiMonths.parse(text).orElseThrow();
		assertThat(parsed.month()).isEqualTo(Month.of(month));
		assertThat(parsed.yearBE()).isEqualTo(yearBE);
	}

	@Test
	void doesNotTakeOtherWordsForMonths() {
		assertThat(ThaiMonths.parse("กิจกรรม")).isEmpty();
		assertThat(ThaiMonths.parse("งบประมาณ")).isEmpty();
		assertThat(ThaiMonths.parse("เดือน")).isEmpty();
		assertThat(ThaiMonths.findInText("ผลการดำเนินงาน ประจำเดือนมิถุนายน ๒๕๖๔").orElseThrow().yearMonth())
			.contains(YearMonth.of(2021, 6));
	}

	@Test
	void readsTypedReportMonthsInBeAndCe() {
		assertThat(ThaiMonths.yearMonth("2564-06")).isEqualTo(YearMonth.of(2021, 6));
		assertThat(ThaiMonths.yearMonth("2021-06")).isEqualTo(YearMonth.of(2021, 6));
		assertThat(ThaiMonths.yearMonth("06/2564")).isEqualTo(YearMonth.of(2021, 6));
		assertThat(ThaiMonths.yearMonth("มิ.ย. ๒๕๖๔")).isEqualTo(YearMonth.of(2021, 6));
		assertThatThrownBy(() -> ThaiMonths.yearMonth("2564-13")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ThaiMonths.yearMonth("June")).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "15 มิ.ย. 2564|2021-06-15", "15 มิถุนายน ๒๕๖๔|2021-06-15",
			"15/06/2564|2021-06-15", "15/6/64|2021-06-15", "2021-06-15|2021-06-15", "วันที่ 1 ต.ค. 2563|2020-10-01" })
	void readsDatesInBeAndCe(String text, LocalDate expected) {
		assertThat(ThaiDates.parse(text)).contains(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "๙๗.๑๑|97.11|false", "97.11%|97.11|true", "ร้อยละ 92.50|92.50|true",
			"1,250|1250|false", "1,250.75|1250.75|false", "−4.51|-4.51|false", "97.11 คะแนน|97.11|false",
			"๑๒๐ คน|120|false", "85.5 points|85.5|false", "ร้อยละ 80 คะแนน|80|true" })
	void readsNumbersWrittenAsText(String text, BigDecimal value, boolean percent) {
		ThaiNumbers.ParsedNumber parsed = ThaiNumbers.parse(text).orElseThrow();
		assertThat(parsed.value()).isEqualByComparingTo(value);
		assertThat(parsed.percent()).isEqualTo(percent);
	}

	@Test
	void rejectsTextThatIsNoNumber() {
		assertThat(ThaiNumbers.parse("ไม่มี")).isEmpty();
		assertThat(ThaiNumbers.parse("1,25")).isEmpty();
		assertThat(ThaiNumbers.parse("คะแนน")).isEmpty();
		assertThat(ThaiNumbers.parse("97.11 คะแนน 2 รอบ")).isEmpty();
	}

	/** Texts on both sides of the quick checks: tidy ones returned as they are, the rest tidied as before. */
	@Test
	void tidiesOnlyWhatNeedsIt() {
		assertThat(ThaiText.clean("กองคลัง ฝ่ายบัญชี")).isEqualTo("กองคลัง ฝ่ายบัญชี");
		assertThat(ThaiText.clean("\u0001กองคลัง")).isEqualTo("กองคลัง");
		assertThat(ThaiText.clean("กอง  คลัง\t")).isEqualTo("กอง คลัง");
		assertThat(ThaiText.clean("กอง\u00A0คลัง")).isEqualTo("กอง คลัง");
		assertThat(ThaiText.clean("ทํา")).isEqualTo("ทำ");
		assertThat(ThaiText.clean("ดำเนินการเเล้ว")).as("SARA E twice for SARA AE (a trial's status)").isEqualTo("ดำเนินการแล้ว");
		assertThat(ThaiText.key("เเผนปฏิบัติการ")).isEqualTo("แผนปฏิบัติการ");
		assertThat(ThaiText.clean("เเ")).isEqualTo("แ");
		assertThat(ThaiText.key("คะแนน (ร้อยละ)  ")).isEqualTo("คะแนน");
		assertThat(ThaiText.key("คะแนน (รอบ 1)")).isEqualTo("คะแนน (รอบ 1)");
		assertThat(ThaiText.key("Score \u2013 Round \u201C1\u201D")).isEqualTo("score - round \"1\"");
		// Kept keys are the same keys.
		assertThat(ThaiText.key("Score \u2013 Round \u201C1\u201D")).isEqualTo("score - round \"1\"");
	}
}
