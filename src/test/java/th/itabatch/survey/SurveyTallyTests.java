package th.itabatch.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

/**
 * A review: a tally saved by the version before its repeated answers were counted (a scoring step
 * stopped before an upgrade, resumed after it) came back with no map of them, and finishing its
 * export failed. Saved without one, it comes back with one to count in.
 */
class SurveyTallyTests {

	@Test
	void aTallySavedWithoutItsRepeatsComesBackWithSome() throws Exception {
		SurveyTally saved = new SurveyTally();
		saved.rows = 12;
		java.lang.reflect.Field repeats = SurveyTally.class.getDeclaredField("repeats");
		repeats.setAccessible(true);
		repeats.set(saved, null); // as an earlier version's tally, which had no such field

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(saved);
		}
		SurveyTally restored;
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			restored = (SurveyTally) in.readObject();
		}

		assertThat(restored.rows).isEqualTo(12);
		restored.repeats().put("I3\u0000ดีมาก", 2);
		assertThat(restored.repeats()).containsEntry("I3\u0000ดีมาก", 2);
	}
}
