package th.itabatch.cli;

import java.util.List;
import java.util.Map;

import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.report.ReportRepository.StoredReport;
import th.itabatch.runs.RunOutcome;
import th.itabatch.validation.Message;

/**
 * What a one-shot run did with the workbooks of its input folder.
 *
 * @param inputs the folder's workbooks as stored, after the run
 * @param messages the messages of each input, by input id
 * @param outcome the run
 * @param ignored the folder's files that were not read, with why (lock, hidden, temporary files)
 * @param sameContent the folder's files whose content was received before under another name, with that name
 * @param documents the documents of each unit report the run made or found made (the report, the
 *     brief), in the output folder, by report id
 * @param receivedBefore the inputs an earlier run received, the folder's file the same, by id
 * @param refusedBefore the inputs an earlier run rejected, read again by this one (a plan they need may
 *     have come since), by id
 */
public record RunSummary(List<StoredInput> inputs, Map<Long, List<Message>> messages, RunOutcome outcome,
		Map<String, String> ignored, Map<String, String> sameContent, Map<Long, List<String>> documents,
		java.util.Set<Long> receivedBefore, java.util.Set<Long> refusedBefore) {

	public RunSummary {
		receivedBefore = java.util.Set.copyOf(receivedBefore);
		refusedBefore = java.util.Set.copyOf(refusedBefore);
	}

	/** A unit report's documents in the output folder, the report first. */
	public List<String> documentsOf(StoredReport report) {
		return documents.getOrDefault(report.id(), List.of(report.file()));
	}

	/**
	 * 0 every input new to the run used, 2 one of them rejected, 1 the run failed. A workbook refused by
	 * an earlier run and kept in the folder is listed again but is no news: a holdout trial's monthly
	 * command stayed at 2 for good once a refused file sat beside its corrected copy.
	 */
	public int exitCode() {
		if (!outcome.completed()) {
			return 1;
		}
		return inputs.stream()
			.anyMatch(i -> i.status() == InputStatus.REJECTED && !receivedBefore.contains(i.id()) && !refusedBefore.contains(i.id()))
					? 2 : 0;
	}
}
