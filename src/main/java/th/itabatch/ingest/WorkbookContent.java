package th.itabatch.ingest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.validation.Message;

/**
 * What one input workbook yielded: its tables and every message about it.
 *
 * @param fileName the file name as the user gave it
 * @param sha256 the SHA-256 of the bytes that were read
 * @param size the size in bytes
 * @param scores the scores read
 * @param plans the plans read
 * @param progress the progress rows read (not yet matched with a plan)
 * @param messages errors and warnings
 * @param survey true for a survey export, whose rows are scored by a step of their own
 */
public record WorkbookContent(String fileName, String sha256, long size, List<ScoreEntry> scores,
		List<ActionPlan> plans, List<ProgressEntry> progress, List<Message> messages, boolean survey) {

	public WorkbookContent(String fileName, String sha256, long size, List<ScoreEntry> scores, List<ActionPlan> plans,
			List<ProgressEntry> progress, List<Message> messages) {
		this(fileName, sha256, size, scores, plans, progress, messages, false);
	}

	/** A survey export, recognised by its header; its rows are read later, streaming. */
	public static WorkbookContent surveyExport(String fileName, String sha256, long size) {
		return new WorkbookContent(fileName, sha256, size, List.of(), List.of(), List.of(), List.of(), true);
	}

	public boolean hasErrors() {
		return messages.stream().anyMatch(Message::isError);
	}

	public Set<InputKind> kinds() {
		Set<InputKind> kinds = EnumSet.noneOf(InputKind.class);
		if (!scores.isEmpty()) {
			kinds.add(InputKind.SCORES);
		}
		if (!plans.isEmpty()) {
			kinds.add(InputKind.PLAN);
		}
		if (!progress.isEmpty()) {
			kinds.add(InputKind.PROGRESS);
		}
		if (survey) {
			kinds.add(InputKind.SURVEY);
		}
		return kinds;
	}
}
