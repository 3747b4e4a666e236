package th.itabatch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import th.itabatch.catalog.Indicator;
import th.itabatch.pdf.PdfCopies;
import th.itabatch.report.Department;
import th.itabatch.report.DepartmentReport;
import th.itabatch.report.ReportStatus;
import th.itabatch.thai.ThaiCalendar;

/**
 * What the department page shows: the departments to choose from, the chosen one's roll-up, its
 * branches and its units as the table's query asks, and its reports to download.
 *
 * @param month the month shown
 * @param departments the departments to choose from, parents before their children
 * @param report the chosen department's figures for the month, or {@code null} when there is none
 * @param rows the units of the page shown (sorted, filtered)
 * @param matching how many units the filter leaves, on every page
 * @param table how the table is sorted, filtered and paged
 * @param today today, for the days left to the due date
 * @param downloads the department's report documents for the month
 * @param months the months with reports, the latest first, to choose from
 * @param levels how deep in the register runs make department reports
 * @param outside for a department at the top of the register, the units with data the register does not
 *     know: a trial's misspelt unit, with a report of its own, was nowhere on the page; below the top,
 *     those likely to be one of its own units
 */
record DepartmentPage(YearMonth month, List<Choice> departments, DepartmentReport report,
		List<DepartmentReport.Row> rows, int matching, UnitTable table, LocalDate today, List<Download> downloads,
		List<YearMonth> months, int levels, List<Department.Outside> outside) {

	/**
	 * Whether runs make a report of the department shown: one deeper in the register than
	 * {@code ita.departments.levels} has none, and "no report for this month yet" misled (a trial).
	 */
	public boolean reportedByRuns() {
		return report == null || departments.stream()
			.filter(c -> c.code().equals(report.code()))
			.findFirst()
			.map(c -> c.depth() < levels)
			.orElse(true);
	}

	/**
	 * A department to choose.
	 *
	 * @param code its code
	 * @param name its name
	 * @param depth 0 for a top unit, 1 for one below it, …
	 * @param units how many units it follows
	 */
	record Choice(String code, String name, int depth, int units) {

		/** The name indented by its depth, for a select's option (which can hold no markup). */
		public String indented() {
			return "\u00a0\u00a0\u00a0".repeat(depth) + name;
		}
	}

	/**
	 * A document of the department's report.
	 *
	 * @param reportId the stored department report
	 * @param n the document's position (1 is its main file)
	 * @param template the template it was made from
	 * @param name its file name
	 * @param historyFile its run's own copy, beside which its PDF is
	 */
	record Download(long reportId, int n, String template, String name, Path historyFile) {

		/** Whether LibreOffice has made its PDF (looked at when the page is rendered: it comes after the report). */
		public boolean pdf() {
			return Files.isRegularFile(PdfCopies.pdfOf(historyFile));
		}
	}

	/** Whether a unit listed is ranked on an older round (its result marked, the legend said). */
	public boolean olderRoundShown() {
		return report != null && rows().stream().anyMatch(row -> report.onOlderRound(row.standing()));
	}

	/** The month as a person types it in the form: "2564-06". */
	public String monthInput() {
		return ThaiCalendar.typedMonth(month);
	}

	public long daysLeft() {
		return ChronoUnit.DAYS.between(today, report.dueDate());
	}

	/**
	 * The deadline box's colour: every report made on time ("ok"), every report made but some after
	 * the deadline ("made-late"; a trial's box was green over three reports made 845 days late), else
	 * overdue ("late") or not yet due ("due").
	 */
	public String deadlineState() {
		boolean allMade = report.summary().reportsMade() == report.summary().units();
		if (allMade) {
			return statuses().containsKey(ReportStatus.LATE) ? "made-late" : "ok";
		}
		return daysLeft() < 0 ? "late" : "due";
	}

	/** How many of the units' reports stand at each status. */
	public Map<ReportStatus, Long> statuses() {
		return report.rows()
			.stream()
			.collect(Collectors.groupingBy(DepartmentReport.Row::status, LinkedHashMap::new, Collectors.counting()));
	}

	/** The indicators by number, for the weakest indicator's name. */
	public Map<Integer, Indicator> indicators() {
		return report.indicators().stream().collect(Collectors.toMap(Indicator::number, i -> i));
	}

	/** How many pages of rows the filter leaves. */
	public int pages() {
		return Math.max(1, (matching + UnitTable.PAGE_SIZE - 1) / UnitTable.PAGE_SIZE);
	}

	/** The position of the page's first row, from 1. */
	public int first() {
		return matching == 0 ? 0 : (table.page() - 1) * UnitTable.PAGE_SIZE + 1;
	}

	/** The page's address sorted by a column (the other way when it is the current one), from its first page. */
	public String sortHref(String column) {
		return href(report.code(), column, table.nextDir(column), table.text(), table.show(), 1);
	}

	/** The page's address for another department, the same month, sort and filter. */
	public String departmentHref(String code) {
		return href(code, table.sort(), table.descending() ? "desc" : "asc", table.text(), table.show(), 1);
	}

	/**
	 * A branch's address: its department's page when it has units below it, else its own unit's page
	 * (a division with no groups is a branch of its own), the department's own data its unit page.
	 */
	public String branchHref(String code, String name) {
		if (code.equals(report.code())) {
			return "/unit?name=" + encode(report.name()); // the department's own data: its unit page
		}
		return departments.stream().anyMatch(c -> c.code().equals(code)) ? departmentHref(code)
				: "/unit?name=" + encode(name);
	}

	/** Another page of the same rows. */
	public String pageHref(int page) {
		return href(report.code(), table.sort(), table.descending() ? "desc" : "asc", table.text(), table.show(), page);
	}

	private String href(String code, String sort, String dir, String text, String show, int page) {
		StringBuilder href = new StringBuilder("/?dept=").append(encode(code))
			.append("&month=")
			.append(month)
			.append("&sort=")
			.append(sort)
			.append("&dir=")
			.append(dir);
		if (!text.isEmpty()) {
			href.append("&q=").append(encode(text));
		}
		if (!"all".equals(show)) {
			href.append("&show=").append(show);
		}
		if (page > 1) {
			href.append("&page=").append(page);
		}
		return href.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
