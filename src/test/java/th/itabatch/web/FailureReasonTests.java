package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.itabatch.web.FailureReason.Kind;

/** A failed run's stored stack trace becomes words a viewer may read: no class names, no server paths. */
class FailureReasonTests {

	private static final Map<Path, String> FOLDERS = Map.of(Path.of("/srv/ita/output"), FailureReason.OUTPUT_FOLDER,
			Path.of("/var/lib/ita-batch"), FailureReason.DATA_FOLDER);

	@Test
	void aPermissionProblemNamesTheFolderNotThePathOrTheClass() {
		FailureReason reason = FailureReason.of("""
				java.nio.file.AccessDeniedException: /srv/ita/output/history/12/ITA-report_กองคลัง_FY2564_2564-06.xlsx
					at java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:90)
					at java.base/sun.nio.fs.UnixFileSystemProvider.newByteChannel(UnixFileSystemProvider.java:261)
				""", FOLDERS);

		assertThat(reason.kind()).isEqualTo(Kind.ACCESS_DENIED);
		assertThat(reason.detail())
			.isEqualTo("(โฟลเดอร์รายงาน / output folder)/history/12/ITA-report_กองคลัง_FY2564_2564-06.xlsx");
	}

	@Test
	void wrappedExceptionsLoseEveryClassNameAndAFullDiskIsSaidSo() {
		FailureReason reason = FailureReason.of("""
				org.springframework.batch.core.step.StepExecutionException: java.io.UncheckedIOException: java.nio.file.FileSystemException: /var/lib/ita-batch/db/ita.data: No space left on device
					at th.itabatch.monthly.UnitReportTasklet.execute(UnitReportTasklet.java:70)
				Caused by: java.nio.file.FileSystemException: /var/lib/ita-batch/db/ita.data: No space left on device
					... 12 more
				""", FOLDERS);

		assertThat(reason.kind()).isEqualTo(Kind.DISK_FULL);
		assertThat(reason.detail()).isEqualTo("(โฟลเดอร์ข้อมูล / data folder)/db/ita.data: No space left on device")
			.doesNotContain("Exception", "java.", "/var/lib");
	}

	@Test
	void otherAbsolutePathsKeepOnlyTheFileName() {
		FailureReason reason = FailureReason.of(
				"java.io.FileNotFoundException: /home/somchai/งาน ITA/templates/monthly-report.xlsx (No such file or directory)",
				FOLDERS);

		assertThat(reason.kind()).isEqualTo(Kind.NOT_FOUND);
		assertThat(reason.detail()).doesNotContain("/home", "somchai", "FileNotFoundException")
			.contains("monthly-report.xlsx (No such file or directory)");
	}

	@Test
	void windowsPathsToo() {
		assertThat(FailureReason.withoutPaths("cannot write C:\\ITA\\secret\\report.xlsx", Map.of()))
			.isEqualTo("cannot write …\\report.xlsx");
	}

	@Test
	void aFolderIsOnlyReplacedWhole() {
		assertThat(FailureReason.withoutPaths("/srv/ita/output2/x.xlsx and /srv/ita/output", FOLDERS))
			.isEqualTo("…/x.xlsx and (โฟลเดอร์รายงาน / output folder)");
	}

	@Test
	void aMessageWithoutTraceOrWithNothingIsStillSaid() {
		assertThat(FailureReason.of("", FOLDERS)).isEqualTo(new FailureReason(Kind.OTHER, ""));
		assertThat(FailureReason.of("java.lang.NullPointerException", FOLDERS)).isEqualTo(new FailureReason(Kind.OTHER, ""));
		assertThat(FailureReason.of("java.lang.IllegalStateException: ไม่พบแม่แบบรายงาน", FOLDERS))
			.isEqualTo(new FailureReason(Kind.OTHER, "ไม่พบแม่แบบรายงาน"));
	}
}
