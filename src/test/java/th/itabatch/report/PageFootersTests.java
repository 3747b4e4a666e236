package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A printed footer's values filled in, and its parts kept apart on the page. */
class PageFootersTests {

	private static final String FONT = "&\"TH Sarabun New,Regular\"";

	private static String footer(String unit) {
		return "&L" + FONT + "&14รายงาน ITA " + unit + " ประจำเดือน มิถุนายน ๒๕๖๔&R" + FONT + "&14หน้า &P จาก &N";
	}

	/**
	 * A trial: a 92-letter unit name ran the footer's left part into "หน้า 1 จาก 98" on a portrait
	 * page. The left part is set smaller, the page number as it was; a short name leaves it at 14.
	 */
	@Test
	void aLongPartIsSetSmallerToKeepClearOfTheOthers() {
		String longUnit = "กลุ่มงานส่งเสริมคุณธรรมและความโปร่งใส สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์";
		// A4 portrait less the report's margins: some 480 points.
		String fitted = PageFooters.fitted(footer(longUnit), 480);

		assertThat(fitted).startsWith("&L" + FONT + "&").doesNotStartWith("&L" + FONT + "&14")
			.endsWith("&R" + FONT + "&14หน้า &P จาก &N")
			.contains(longUnit);
		int size = Integer.parseInt(fitted.substring(("&L" + FONT + "&").length()).replaceAll("^(\\d+).*$", "$1"));
		assertThat(size).isBetween(PageFooters.SMALLEST, 13);
		assertThat(PageFooters.fitted(footer("กองคลัง"), 480)).isEqualTo(footer("กองคลัง"));
		assertThat(PageFooters.fitted(footer(longUnit), 0)).as("a paper not known").isEqualTo(footer(longUnit));
	}
}
