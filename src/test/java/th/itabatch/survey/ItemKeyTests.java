package th.itabatch.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemKeyTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "I1|1|0", "i01|1|0", "I1 ท่านปฏิบัติงานตามขั้นตอน|1|0", "ข้อ 1|1|0", "ข้อที่ ๗|7|0",
			"IIT-01|1|0", "IIT 12 ข้อความ|12|0", "I11.2|11|2", "I11.1 ท่านรู้ว่า…|11|1", "I11 (2)|11|2", "I11_2|11|2",
			"Q5. question|5|0", "i30|30|0" })
	void readsQuestionCodesAtTheStartOfAHeader(String header, int question, int sub) {
		assertThat(ItemKey.parse(header)).contains(new ItemKey(question, sub));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1. บุคลากรในหน่วยงาน|1|0", "๑๒. หน่วยงานของท่าน|12|0", "11.2 การจัดซื้อ|11|2",
			"3) ผู้บังคับบัญชา|3|0", "30 ท่านสามารถร้องเรียน|30|0", "11. หน่วยงาน [แถว 1]|11|0" })
	void readsANumberedQuestionsNumber(String header, int question, int sub) {
		assertThat(ItemKey.numbered(header)).contains(new ItemKey(question, sub));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ประทับเวลา", "2564", "1.5", "100. ข้อ", "0. ข้อ", "I1 ข้อคำถาม", "12/6/2567" })
	void headersNotStartingWithANumberThenItsTextAreNotNumbered(String header) {
		assertThat(ItemKey.numbered(header)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ประทับเวลา", "Timestamp", "หน่วยงาน", "ข้อเสนอแนะ", "IIT", "Item", "2564", "อีเมล" })
	void otherHeadersAreNoQuestions(String header) {
		assertThat(ItemKey.parse(header)).isEmpty();
	}
}
