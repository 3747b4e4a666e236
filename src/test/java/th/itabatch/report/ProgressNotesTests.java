package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An activity's result in full: its evidence readable, labels once. */
class ProgressNotesTests {

	/** A retrial: a link copied from a browser took twelve lines of the brief, its Thai as %E0%B8…. */
	@Test
	void aLinksThaiLettersAreShownAsLettersItsOtherEscapesAsWritten() {
		assertThat(ProgressNotes.readable("https://ita.example.go.th/%E0%B8%81%E0%B8%AD%E0%B8%87/a%20b%2Fc"))
			.isEqualTo("https://ita.example.go.th/กอง/a%20b%2Fc");
		assertThat(ProgressNotes.readable("https://x.go.th/?q=%E0%B8")).as("a letter cut short stays as written")
			.isEqualTo("https://x.go.th/?q=%E0%B8");
		assertThat(ProgressNotes.readable("100%")).isEqualTo("100%");
	}
}
