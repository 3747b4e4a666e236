package th.itabatch.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Unit names in the order a Thai reader looks for them. */
class ThaiNameOrderTests {

	private static List<String> sorted(String... names) {
		List<String> list = new ArrayList<>(List.of(names));
		list.sort(ThaiNameOrder.of(list));
		return list;
	}

	@Test
	void numbersSortByTheirValueInEitherDigits() {
		assertThat(sorted("เขต 47", "เขต 5", "เขต ๔๘", "เขต 50", "เขต 49"))
			.as("a trial: 'เขต 47, 48, 49, 5, 50'")
			.containsExactly("เขต 5", "เขต 47", "เขต ๔๘", "เขต 49", "เขต 50");
	}

	@Test
	void aLeadingVowelSortsByTheConsonantAfterIt() {
		assertThat(sorted("สำนักงานเลขานุการกรม", "กองคลัง", "โครงการพิเศษ", "กองแผนงาน"))
			.as("โ sorts under ค, before ส; by code point it came last")
			.containsExactly("กองคลัง", "กองแผนงาน", "โครงการพิเศษ", "สำนักงานเลขานุการกรม");
	}

	@Test
	void aNameNotListedSortsLast() {
		assertThat(ThaiNameOrder.of(List.of("ข")).compare("ก", "ข")).isPositive();
	}
}
