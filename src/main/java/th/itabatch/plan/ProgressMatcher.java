package th.itabatch.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import th.itabatch.thai.ThaiCalendar;
import th.itabatch.thai.ThaiText;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;

/**
 * Matches progress rows with the plan's activities: by number ("1", "๑.", "(1)"), or by text
 * (spacing ignored; a shortened name is enough when it points at one activity; a name a letter in six
 * off one activity's is read as it, with a warning). A row whose activity is not in the plan is left out, with a warning.
 */
public final class ProgressMatcher {

	/** A shortened name must keep at least this many characters to be trusted. */
	private static final int MIN_PARTIAL_LENGTH = 8;

	private ProgressMatcher() {
	}

	/** The rows with their activity numbers set; unmatched rows are logged and left out. */
	public static List<ProgressEntry> match(ActionPlan plan, List<ProgressEntry> entries, MessageLog log) {
		List<Integer> numbers = resolve(plan, entries, log);
		List<ProgressEntry> matched = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			if (numbers.get(i) != null) {
				matched.add(entries.get(i).withActivityNumber(numbers.get(i)));
			}
		}
		return matched;
	}

	/**
	 * The plan activity each row refers to, in row order ({@code null} for a row that matches none,
	 * which is logged as an error). A second row for the same activity and month is a warning.
	 */
	public static List<Integer> resolve(ActionPlan plan, List<ProgressEntry> entries, MessageLog log) {
		List<Integer> numbers = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ProgressEntry entry : entries) {
			Optional<Activity> activity = find(plan, entry.activityRef());
			if (activity.isEmpty()) {
				activity = nearest(plan, entry.activityRef());
				activity.ifPresent(a -> log.cell(MessageCode.PROGRESS_ACTIVITY_READ_AS, entry.sheet(), entry.cell(),
						entry.activityRef(), a.shownNumber(), a.text()));
			}
			if (activity.isEmpty()) {
				log.cell(MessageCode.PROGRESS_UNKNOWN_ACTIVITY, entry.sheet(), entry.cell(), entry.activityRef());
				numbers.add(null);
				continue;
			}
			int number = activity.get().number();
			if (!seen.add(number + "/" + entry.month())) {
				log.cell(MessageCode.PROGRESS_DUPLICATE, entry.sheet(), entry.cell(), number,
						ThaiCalendar.shortMonthYear(entry.month()), entry.month());
			}
			numbers.add(number);
		}
		return numbers;
	}

	static Optional<Activity> find(ActionPlan plan, String reference) {
		ActivityNumbering.Numbered written = ActivityNumbering.parse(reference);
		if (written.text().isEmpty()) {
			return byNumber(plan, written);
		}
		String wanted = ThaiText.compactKey(written.text());
		List<Activity> exact = plan.activities()
			.stream()
			.filter(a -> ThaiText.compactKey(a.text()).equals(wanted))
			.toList();
		if (exact.size() == 1) {
			return Optional.of(exact.get(0));
		}
		if (wanted.length() >= MIN_PARTIAL_LENGTH) {
			List<Activity> partial = plan.activities().stream().filter(a -> {
				String text = ThaiText.compactKey(a.text());
				return text.contains(wanted) || wanted.contains(text);
			}).toList();
			if (partial.size() == 1) {
				return Optional.of(partial.get(0));
			}
		}
		return byNumber(plan, written);
	}

	/**
	 * The one activity whose text is a letter in six from the row's, as the indicators' names are read: a
	 * trial's "สำรวจความพึงพอใจผู้รับบริการ" for the plan's "…ของผู้รับบริการ" was left out, the unit's share
	 * done falling from 75 to 50 %. Said, as read so.
	 */
	private static Optional<Activity> nearest(ActionPlan plan, String reference) {
		String text = ActivityNumbering.parse(reference).text();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		java.util.Map<Activity, List<String>> texts = new java.util.LinkedHashMap<>();
		plan.activities().forEach(a -> texts.put(a, List.of(ThaiText.compactKey(a.text()))));
		// Not one whose figures differ: "ประชุมคณะทำงานครั้งที่ 2" is no misspelling of "…ครั้งที่ 1" (a review).
		return ThaiText.uniquelyNearest(ThaiText.compactKey(text), texts, MIN_PARTIAL_LENGTH)
			.filter(a -> figures(a.text()).equals(figures(text)));
	}

	private static String figures(String text) {
		return th.itabatch.thai.ThaiDigits.toArabic(text).replaceAll("\\D", "");
	}

	/**
	 * The activity the plan numbers so itself ("2", "1.2"); in a plan without sub-activities, else
	 * the one at that place. A plan of sub-activities is numbered in order for the report, so "2"
	 * there is only ever its own "2" (a trial's progress landed one activity early).
	 */
	private static Optional<Activity> byNumber(ActionPlan plan, ActivityNumbering.Numbered written) {
		if (written.label() == null) {
			return Optional.empty();
		}
		List<Activity> labelled = plan.activities().stream().filter(a -> written.label().equals(a.label())).toList();
		if (labelled.size() == 1) {
			return Optional.of(labelled.get(0));
		}
		boolean subNumbered = plan.activities().stream().anyMatch(a -> a.label() != null && a.label().contains("."));
		return subNumbered || written.number() == null ? Optional.empty() : plan.activity(written.number());
	}
}
