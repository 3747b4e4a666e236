package th.itabatch.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Component;

import th.itabatch.inbox.Inbox;
import th.itabatch.inbox.InboxFiles;
import th.itabatch.inbox.Registration;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputSource;
import th.itabatch.inputs.StoredInput;
import th.itabatch.plan.LateProgress;
import th.itabatch.report.ReportRepository;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunOutcome;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;
import th.itabatch.runs.UnitRun;
import th.itabatch.validation.Message;

/**
 * The one-shot run: receives every workbook of a folder as the inbox would (no waiting for the
 * files to settle: the command is run on finished files), then runs and reports on their units.
 */
@Component
public class OneShotRun {

	private final Inbox inbox;

	private final RunCoordinator coordinator;

	private final InputRepository inputs;

	private final ReportRepository reports;

	OneShotRun(Inbox inbox, RunCoordinator coordinator, InputRepository inputs, ReportRepository reports) {
		this.inbox = inbox;
		this.coordinator = coordinator;
		this.inputs = inputs;
		this.reports = reports;
	}

	public RunSummary run(Path inputDir, Path outputDir, Optional<YearMonth> month) throws Exception {
		List<Path> taken = new ArrayList<>();
		Map<String, String> ignored = new LinkedHashMap<>();
		for (Path file : InboxFiles.inOrder(inputDir)) {
			Optional<String> why = InboxFiles.whyIgnored(file);
			if (why.isPresent()) {
				ignored.put(file.getFileName().toString(), why.get());
				continue;
			}
			taken.add(file);
		}
		List<Registration> received = inbox.receive(taken, InputSource.COMMAND);
		// A content received before is that input again: said under the file's own name, which the input
		// list shows as the first one's (a trial's renamed copy was answered under the original's name alone).
		Map<String, String> sameContent = new LinkedHashMap<>();
		java.util.Set<Long> distinct = new java.util.LinkedHashSet<>();
		// Listed under their own names only: a renamed copy is its line "same content as", not the first's
		// name again among the files dropped (a trial: four lines for three files, one an old name).
		java.util.Set<Long> listed = new java.util.LinkedHashSet<>();
		// Files kept in the folder from month to month, received by an earlier run: said so, the new ones
		// standing apart (a trial's sixteen files were all "used", the month's four among them unmarked).
		java.util.Set<Long> receivedBefore = new java.util.HashSet<>();
		java.util.Set<Long> refusedBefore = new java.util.HashSet<>();
		for (int i = 0; i < received.size(); i++) {
			StoredInput input = received.get(i).input();
			distinct.add(input.id());
			String name = taken.get(i).getFileName().toString();
			if (received.get(i).outcome() == Registration.Outcome.KNOWN && !name.equals(input.fileName())) {
				sameContent.put(name, input.fileName());
			}
			else {
				listed.add(input.id());
				if (received.get(i).outcome() == Registration.Outcome.KNOWN) {
					receivedBefore.add(input.id());
				}
				else if (received.get(i).outcome() == Registration.Outcome.REQUEUED) {
					refusedBefore.add(input.id());
				}
			}
		}
		List<Long> ids = List.copyOf(distinct);
		RunOutcome outcome = coordinator.run(new RunRequest(RunTrigger.COMMAND, month, null, ids, outputDir));
		List<StoredInput> after = listed.stream().map(id -> inputs.find(id).orElseThrow()).toList();
		Map<Long, List<Message>> messages = new LinkedHashMap<>();
		// "Run with --month … to make it again" is not said of a month this run reported on: it did (a
		// holdout trial's corrected progress was told to do what the run it was printed by had done).
		List<UnitRun> reported = outcome.units().stream().filter(u -> u.status() == BatchStatus.COMPLETED).toList();
		for (StoredInput input : after) {
			List<Message> told = new ArrayList<>(inputs.messages(input.id()));
			told.removeIf(m -> reported.stream().anyMatch(u -> LateProgress.answeredBy(m, u.unit(), u.month())));
			messages.put(input.id(), told);
		}
		// Every document a report has (the brief beside the workbook), in one query for all the units.
		Map<Long, List<String>> documents = new LinkedHashMap<>();
		reports.documents(outcome.units().stream().map(UnitRun::report).filter(Objects::nonNull).toList())
			.forEach((report, list) -> documents.put(report, list.stream().map(ReportRepository.Document::file).toList()));
		return new RunSummary(after, messages, outcome, ignored, sameContent, documents, receivedBefore, refusedBefore);
	}
}
