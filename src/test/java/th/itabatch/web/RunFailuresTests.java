package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.itabatch.ItaApplicationTest;
import th.itabatch.TestFolders;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.inbox.Inbox;
import th.itabatch.inputs.InputSource;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunOutcome;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;

/**
 * A unit whose report could not be written is named on the runs page and the dashboard with the
 * reason in plain words, never a class name or the server's paths; once a run succeeds, the notice
 * is gone. Everything is read from what the runs stored.
 */
@ItaApplicationTest
class RunFailuresTests {

	private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Inbox inbox;

	@Autowired
	private RunCoordinator coordinator;

	@Autowired
	private RunFailures failures;

	private String page(String path, String lang) throws Exception {
		return mvc.perform(get(path).param("lang", lang).with(VIEWER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A trial's output folder made unwritable: two departments' reports failed, listed once under a raw message key. */
	@Test
	void eachFailedDepartmentReportIsNamedByItsDepartment() {
		java.time.LocalDateTime at = java.time.LocalDateTime.of(2024, 9, 1, 9, 0);
		java.util.function.BiFunction<String, String, th.itabatch.runs.RunHistory.Execution> failed = (code,
				name) -> new th.itabatch.runs.RunHistory.Execution(1, 1, "departmentReportJob", "FAILED", at, at,
						"java.nio.file.AccessDeniedException: /srv/out", java.util.Map.of("department", code, "department.name",
								name, "report.month", "2024-08"),
						java.util.List.of());

		var listed = failures.latest(java.util.List.of(failed.apply("D1", "กรมพัฒนาฝีมือแรงงาน"), failed.apply("D2", "สำนักงานพัฒนาฝีมือแรงงาน")));

		assertThat(listed).extracting(RunFailures.Failed::unit).containsExactly("กรมพัฒนาฝีมือแรงงาน", "สำนักงานพัฒนาฝีมือแรงงาน");
	}

	@Test
	void aFailedUnitIsNamedWithItsReasonUntilARunSucceeds() throws Exception {
		inbox.receive("scores.xlsx", "test", ExampleWorkbooks.bytes(ExampleWorkbooks.scores()), InputSource.UPLOAD, "editor");
		inbox.receive("plan.xlsx", "test", ExampleWorkbooks.bytes(ExampleWorkbooks.plan()), InputSource.UPLOAD, "editor");
		// An output folder whose history/ is a file: the report cannot be written there.
		Path output = Files.createDirectories(TestFolders.shared().resolve("broken-output"));
		Path blocker = Files.writeString(output.resolve("history"), "not a folder");
		RunOutcome failed = coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.empty(), null, null, output));
		assertThat(failed.units()).singleElement().satisfies(u -> assertThat(u.status()).isEqualTo(BatchStatus.FAILED));

		String runs = page("/runs", "th");
		assertThat(runs).contains("การประมวลผลที่ไม่สำเร็จ", "รายงานของ กองคลัง เดือน มิถุนายน 2564 ทำไม่สำเร็จ",
				"อ่านหรือเขียนไฟล์ไม่ได้", "(โฟลเดอร์รายงาน / output folder)/history");
		assertThat(runs).as("no class names, stack frames or server paths")
			.doesNotContain("Exception", "java.", "\tat ", output.toString(), TestFolders.shared().toString());
		String dashboard = page("/", "th");
		assertThat(dashboard).contains("id=\"failures\"", "รายงานของ กองคลัง เดือน มิถุนายน 2564 ทำไม่สำเร็จ",
				"href=\"/runs\"").doesNotContain("Exception", output.toString());
		assertThat(page("/unit?name=กองคลัง", "th")).contains("id=\"failures\"");
		assertThat(page("/", "en")).contains("Runs that failed", "The report of กองคลัง for June 2021 failed",
				"A file could not be read or written");

		Files.delete(blocker);
		RunOutcome again = coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.empty(), null, null, output));

		assertThat(again.completed()).isTrue();
		assertThat(page("/", "th")).doesNotContain("id=\"failures\"");
		assertThat(page("/runs", "th")).doesNotContain("id=\"failures\"");
	}
}
