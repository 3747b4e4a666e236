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
 */
public record WorkbookContent(String fileName, String sha256, long size, List<ScoreEntry> scores,
		List<ActionPlan> plans, List<ProgressEntry> progress, List<Message> messages) {

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
		return kinds;
	}
}
