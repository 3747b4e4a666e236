package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Thai digits in a message, but not in what it quotes from the user's file. */
class ThaiFormatTests {

	@Test
	void whatAMessageQuotesKeepsItsDigits() {
		ThaiFormat thai = new ThaiFormat(true);
		assertThat(thai.digitsOutsideQuotes("คำตอบ \"5\" ไม่ใช่ตัวเลือกของข้อ I3 พบอีก 2 เซลล์"))
			.isEqualTo("คำตอบ \"5\" ไม่ใช่ตัวเลือกของข้อ I3 พบอีก ๒ เซลล์");
		assertThat(thai.digitsOutsideQuotes("ชื่อ \"กอง 2\" และ \"3")).as("a quote never closed: converted after it")
			.isEqualTo("ชื่อ \"กอง 2\" และ \"๓");
		assertThat(new ThaiFormat(false).digitsOutsideQuotes("คำตอบ \"5\" ข้อ 3")).isEqualTo("คำตอบ \"5\" ข้อ 3");
		assertThat(thai.digitsOutsideQuotes("ให้ใช้คำสั่ง run ระบุ --month 2567-07 โดยมีไฟล์ 2 ไฟล์"))
			.as("a command's option as it is typed").isEqualTo("ให้ใช้คำสั่ง run ระบุ --month 2567-07 โดยมีไฟล์ ๒ ไฟล์");
	}
}
