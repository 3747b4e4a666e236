package th.itabatch.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Paths kept relative to their folder, so a moved folder still finds its files. */
class StoredFolderTests {

	@Test
	void aPathInsideIsKeptRelativeAndFoundWhereTheFolderIsNow() {
		StoredFolder before = new StoredFolder(Path.of("/srv/ita/output"));
		String stored = before.store("/srv/ita/output/history/7/ITA-report_กองคลัง.xlsx");
		assertThat(stored).isEqualTo(Path.of("history/7/ITA-report_กองคลัง.xlsx").toString());
		StoredFolder moved = new StoredFolder(Path.of("/mnt/shared/ita/output"));
		assertThat(moved.resolve(stored)).isEqualTo("/mnt/shared/ita/output/history/7/ITA-report_กองคลัง.xlsx");
	}

	@Test
	void aPathOutsideAndOneStoredAbsoluteByAnEarlierReleaseStayAsTheyAre() {
		StoredFolder folder = new StoredFolder(Path.of("/srv/ita/output"));
		assertThat(folder.store("/home/clerk/one-shot/ITA-report.xlsx")).isEqualTo("/home/clerk/one-shot/ITA-report.xlsx");
		assertThat(folder.store("/srv/ita/output-old/x.xlsx")).as("a sibling whose name starts alike")
			.isEqualTo("/srv/ita/output-old/x.xlsx");
		assertThat(folder.resolve("/srv/ita/output/x.xlsx")).isEqualTo("/srv/ita/output/x.xlsx");
		assertThat(folder.store(null)).isNull();
		assertThat(folder.resolve("")).isEmpty();
	}
}
