package th.itabatch.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import th.itabatch.thai.ThaiCalendar;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;

/**
 * Tells where a workbook's progress for a month differs from the progress already received for it,
 * and where it is the first for a month whose report was made and is past due.
 * The run re-makes the reports of its own month; a month reported before keeps its report, so a
 * correction of a past month is said with how to have it re-made (a trial's corrected April
 * changed only May's report, without a word).
 */
final class ProgressChanges {

	/** The changes a message names; more are counted. */
	private static final int NAMED = 3;

	private final PlanRepository repository;

	private final ReportedMonths reported;

	ProgressChanges(PlanRepository repository, ReportedMonths reported) {
		this.repository = repository;
		this.reported = reported;
	}

	/** Warns, once per unit and month, of the rows whose status differs from those received before. */
	void check(List<ProgressEntry> rows, MessageLog log) {
		Map<String, List<ProgressEntry>> received = new HashMap<>();
		Map<List<Object>, List<ProgressEntry>> byMonth = new LinkedHashMap<>();
		for (ProgressEntry row : rows) {
			if (row.unit() != null && row.month() != null && row.status() != null) {
				byMonth.computeIfAbsent(List.of(row.unit(), row.fiscalYear(), row.month()), k -> new ArrayList<>()).add(row);
			}
		}
		byMonth.forEach((key, monthRows) -> {
			ProgressEntry first = monthRows.get(0);
			Map<String, ProgressStatus> before = new HashMap<>();
			received.computeIfAbsent(first.unit() + "\u0000" + first.fiscalYear(),
					k -> repository.currentProgress(first.unit(), first.fiscalYear()))
				.stream()
				.filter(r -> first.month().equals(r.month()))
				.forEach(r -> before.put(r.activityRef(), r.status()));
			if (before.isEmpty()) {
				if (reported.closed(first.unit(), first.month())) {
					int mark = log.size();
					log.cell(MessageCode.PROGRESS_AFTER_REPORT, first.sheet(), first.cell(), first.unit(),
							ThaiCalendar.monthYear(first.month()), first.month(), ThaiCalendar.typedMonth(first.month()));
					log.about(mark, first.unit());
				}
				return;
			}
			List<ProgressEntry> changed = monthRows.stream()
				.filter(r -> before.containsKey(r.activityRef()) && !Objects.equals(before.get(r.activityRef()), r.status()))
				.toList();
			if (changed.isEmpty()) {
				return;
			}
			int mark = log.size();
			log.cell(MessageCode.PROGRESS_CHANGED, first.sheet(), changed.get(0).cell(), first.unit(),
					ThaiCalendar.monthYear(first.month()), listed(changed, before, true), first.month(),
					listed(changed, before, false),
					// The command reads a BE month too: the Thai text gives the month as its readers write it.
					ThaiCalendar.typedMonth(first.month()));
			log.about(mark, first.unit());
		});
	}

	private static String listed(List<ProgressEntry> changed, Map<String, ProgressStatus> before, boolean thai) {
		List<String> named = new ArrayList<>();
		for (ProgressEntry row : changed.subList(0, Math.min(NAMED, changed.size()))) {
			ProgressStatus was = before.get(row.activityRef());
			named.add((thai ? "กิจกรรม " : "activity ") + label(row) + " "
					+ (thai ? was.thai() + " → " + row.status().thai() : was.english() + " → " + row.status().english()));
		}
		String more = changed.size() > NAMED
				? (thai ? " และอีก " : " and ") + (changed.size() - NAMED) + (thai ? " กิจกรรม" : " more")
				: "";
		return String.join(thai ? ", " : "; ", named) + more;
	}

	private static String label(ProgressEntry row) {
		if (row.activityNumber() != null) {
			return String.valueOf(row.activityNumber());
		}
		// An activity named by its number alone, in Thai digits as typed ("๒"): the number, as the others are.
		return ActivityNumbering.bareNumber(row.activityRef() == null ? "" : row.activityRef())
			.map(String::valueOf)
			.orElse("\"" + row.activityRef() + "\"");
	}
}
