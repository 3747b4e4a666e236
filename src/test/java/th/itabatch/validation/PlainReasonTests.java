package th.itabatch.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;

import org.junit.jupiter.api.Test;

/** Reasons a user reads carry no Java class names and no server paths. */
class PlainReasonTests {

	@Test
	void classNamesAndPathsAreTakenOut() {
		Exception failure = new IllegalStateException("wrapped",
				new UncheckedIOException(new AccessDeniedException("/srv/ita/output/history/12/ITA-report.xlsx")));

		assertThat(PlainReason.of(failure)).isEqualTo("no permission to write or read a file (…/ITA-report.xlsx)");
		assertThat(PlainReason.clean("org.apache.xmlbeans.XmlException: error: unexpected end of file after null"))
			.isEqualTo("error: unexpected end of file after null");
		assertThat(PlainReason.clean("error: DOCTYPE is disallowed when the feature \"http://apache.org/x\" set to true."))
			.contains("DOCTYPE").doesNotContain("apache");
	}

	@Test
	void aFailureWithoutAMessageIsDescribed() {
		assertThat(PlainReason.of(new ArithmeticException())).isEqualTo("a number in it is out of range");
		assertThat(PlainReason.of(new StackOverflowError())).isEqualTo("it is nested too deeply");
	}
}
