package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Thai numerals go in front of each section's number, after its colour and condition, and nowhere else. */
class ThaiDigitFormatsTests {

	private static final String T = ThaiDigitFormats.THAI_NUMERALS;

	@Test
	void everySectionAfterItsColourAndCondition() {
		assertThat(ThaiDigitFormats.thai("0.00")).isEqualTo(T + "0.00");
		assertThat(ThaiDigitFormats.thai("General")).isEqualTo(T + "General");
		assertThat(ThaiDigitFormats.thai("+0.00;[Red]-0.00;0.00")).isEqualTo(T + "+0.00;[Red]" + T + "-0.00;" + T + "0.00");
		assertThat(ThaiDigitFormats.thai("[Red][<0]0.0;0.0")).isEqualTo("[Red][<0]" + T + "0.0;" + T + "0.0");
	}

	@Test
	void quotedAndEscapedSemicolonsDoNotSplitASection() {
		assertThat(ThaiDigitFormats.thai("\"a;b\" 0")).isEqualTo(T + "\"a;b\" 0");
		assertThat(ThaiDigitFormats.thai("0\\;0;0")).isEqualTo(T + "0\\;0;" + T + "0");
		assertThat(ThaiDigitFormats.thai("\"@ \"0")).as("an @ in quotes is text, not the text section").isEqualTo(T + "\"@ \"0");
	}

	@Test
	void aLocaleTextOrElapsedTimeIsLeftAsWritten() {
		assertThat(ThaiDigitFormats.thai("[$฿-41E]#,##0.00")).isEqualTo("[$฿-41E]#,##0.00");
		assertThat(ThaiDigitFormats.thai("0;@")).isEqualTo(T + "0;@");
		assertThat(ThaiDigitFormats.thai("[h]:mm")).isEqualTo("[h]:mm");
	}
}
