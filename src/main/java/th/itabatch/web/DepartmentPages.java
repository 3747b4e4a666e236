package th.itabatch.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import th.itabatch.catalog.Catalog;
import th.itabatch.pdf.PdfCopies;
import th.itabatch.report.Deadline;
import th.itabatch.report.Department;
import th.itabatch.report.DepartmentProperties;
import th.itabatch.report.DepartmentReport;
import th.itabatch.report.DepartmentReportAssembler;
import th.itabatch.report.DepartmentRepository;
import th.itabatch.report.Departments;
import th.itabatch.report.ReportProperties;
import th.itabatch.report.ReportRepository;
import th.itabatch.report.StandingsRepository;
import th.itabatch.report.UnitStanding;
import th.itabatch.units.RegisteredUnit;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;

/**
 * Makes the department page from what runs stored: the units' standings for the month (a few
 * queries whatever the number of units), the register's hierarchy and the department reports
 * made. Nothing is computed again from the inputs.
 */
@Component
class DepartmentPages {

	/** The pages of a department's table whose HTML is kept (fifty units each). */
	private static final int KEPT_PAGES = 40;

	private final StandingsCache standings;

	private final UnitRegistry registry;

	private final DepartmentProperties properties;

	private final DepartmentRepository departmentReports;

	private final ReportRepository reports;

	private final DepartmentReportAssembler assembler;

	private final int dueDay;

	private final Clock clock;

	private final PdfCopies pdfs;

	private final FollowedMonth followedMonth;

	private final StandingsRepository standingsRepository;


	DepartmentPages(StandingsCache standings, UnitRegistry registry, DepartmentProperties properties,
			DepartmentRepository departmentReports, ReportRepository reports, Catalog catalog,
			ReportProperties reportProperties, Clock clock, PdfCopies pdfs, FollowedMonth followedMonth,
			StandingsRepository standingsRepository) {
		this.standingsRepository = standingsRepository;
		this.pdfs = pdfs;
		this.followedMonth = followedMonth;
		this.standings = standings;
		this.registry = registry;
		this.properties = properties;
		this.departmentReports = departmentReports;
		this.reports = reports;
		this.assembler = new DepartmentReportAssembler(catalog.indicators().all(), reportProperties);
		this.dueDay = reportProperties.dueDay();
		this.clock = clock;
		standings.warmWith(this::warm);
	}

	/** Works out the top department's table from a new reading, before a request needs it. */
	private void warm(YearMonth month, StandingsCache.Reading reading) {
		Hierarchy hierarchy = hierarchy(month, reading);
		if (!hierarchy.departments().isEmpty()) {
			assembled(hierarchy.departments().get(0), month, LocalDate.now(clock), reading);
		}
	}

	/**
	 * The page's content as HTML, rendered once for everyone who asks alike (department, month,
	 * table, language) until a report is stored, an input accepted or the day changes; while it is
	 * rendered again, the others are answered with the HTML before.
	 *
	 * @param code the department asked for, or {@code null} for the top one
	 * @param asked the month asked for, or empty for the month whose report is due next (the latest
	 *     month with reports when that one has nothing yet)
	 * @param table how the units are sorted and filtered
	 * @param variant what else the HTML depends on (the locale it is rendered in)
	 * @param render renders the page
	 */
	String rendered(String code, Optional<YearMonth> asked, UnitTable table, Object variant,
			Function<DepartmentPage, String> render) {
		LocalDate today = LocalDate.now(clock);
		YearMonth month = month(asked, today);
		StandingsCache.Reading reading = standings.of(month);
		if (!kept(code, month, table, reading)) {
			return render.apply(page(code, month, table, today, reading));
		}
		// Kept by the PDFs' conversions too: they come after the reports, and the HTML lists them.
		return reading.derived(Arrays.asList("html", code, table, today, variant, pdfs.conversions()),
				() -> render.apply(page(code, month, table, today, reading)));
	}

	/**
	 * Whether the page has a department of this code for the month: a code typed or kept in an
	 * address may name none (the page then shows the top one, and says so).
	 */
	boolean knows(String code, Optional<YearMonth> asked) {
		YearMonth month = month(asked, LocalDate.now(clock));
		StandingsCache.Reading reading = standings.of(month);
		Hierarchy hierarchy = hierarchy(month, reading);
		return hierarchy.departments().stream().anyMatch(d -> d.code().equals(code));
	}

	/**
	 * Whether a view's HTML is kept: the ones everybody opens (a department of the register, any
	 * order, a status filter, one of its first pages), not a text typed into the search or a code
	 * or page number typed into the address, which would fill the memory one entry at a time.
	 */
	private boolean kept(String code, YearMonth month, UnitTable table, StandingsCache.Reading reading) {
		Hierarchy hierarchy = hierarchy(month, reading);
		return (table.text() == null || table.text().isBlank()) && table.page() <= KEPT_PAGES
				&& (code == null || hierarchy.departments().stream().anyMatch(d -> d.code().equals(code)));
	}

	private YearMonth month(Optional<YearMonth> asked, LocalDate today) {
		List<YearMonth> months = followedMonth.reportedMonths();
		return asked.orElseGet(() -> standings.shared(today, () -> defaultMonth(today, months)));
	}

	/** The same figures for everyone until a report is stored, an input accepted or the day changes. */
	private Assembled assembled(Department chosen, YearMonth month, LocalDate today, StandingsCache.Reading reading) {
		return reading.derived(List.of(chosen.code(), today), () -> {
			// The page shows no department trend: no trends to read.
			DepartmentReport made = assembler.assemble(chosen, month, reading.standings(), java.util.Map.of(), today);
			return new Assembled(made, UnitTable.nameOrder(made.rows()), downloads(chosen.code(), month));
		});
	}

	private DepartmentPage page(String code, YearMonth month, UnitTable table, LocalDate today,
			StandingsCache.Reading reading) {
		List<YearMonth> months = followedMonth.reportedMonths();
		Hierarchy hierarchy = hierarchy(month, reading);
		Department chosen = hierarchy.departments()
			.stream()
			.filter(d -> d.code().equals(code))
			.findFirst()
			.orElse(hierarchy.departments().isEmpty() ? null : hierarchy.departments().get(0));
		if (chosen == null) {
			return new DepartmentPage(month, hierarchy.choices(), null, List.of(), 0, table, today, List.of(), months,
					properties.levels(), List.of());
		}
		Assembled assembled = assembled(chosen, month, today, reading);
		DepartmentReport report = assembled.report();
		UnitRegister register = registry.current();
		List<DepartmentReport.Row> matching = table.apply(report.rows(), assembled.names(),
				name -> register.named(name).map(UnitTable::otherNames).orElse(List.of()));
		int last = Math.max(1, (matching.size() + UnitTable.PAGE_SIZE - 1) / UnitTable.PAGE_SIZE);
		if (table.page() > last) {
			table = table.onPage(last); // ?page=99 showed "no unit matches" with no way back
		}
		int from = Math.min((table.page() - 1) * UnitTable.PAGE_SIZE, matching.size());
		List<DepartmentReport.Row> page = matching.subList(from, Math.min(from + UnitTable.PAGE_SIZE, matching.size()));
		return new DepartmentPage(month, hierarchy.choices(), report, page, matching.size(), table, today,
				assembled.downloads(), months, properties.levels(), chosen.outside());
	}

	/**
	 * A department's report for the page and what the page needs with it.
	 *
	 * @param report the report
	 * @param names its units' names in order ({@link UnitTable#nameOrder})
	 * @param downloads its report's documents
	 */
	private record Assembled(DepartmentReport report, Map<String, Integer> names, List<DepartmentPage.Download> downloads) {
	}

	/**
	 * The departments of a month and how they are offered.
	 *
	 * @param departments the departments, parents before their children
	 * @param choices the same, to choose from
	 */
	private record Hierarchy(List<Department> departments, List<DepartmentPage.Choice> choices) {
	}

	private Hierarchy hierarchy(YearMonth month, StandingsCache.Reading reading) {
		return reading.derived(Hierarchy.class, () -> {
			UnitRegister register = registry.current();
			List<Department> departments = departments(register, reading.standings(), month);
			return new Hierarchy(departments, choices(register, departments));
		});
	}

	/**
	 * The month the DOC deadline is for, where some unit has a report or data in use for it; else the
	 * latest month reported. A workbook refused is no data of the month: a trial's refused upload
	 * turned the page to an empty due month, every unit "sent nothing".
	 */
	private YearMonth defaultMonth(LocalDate today, List<YearMonth> months) {
		YearMonth due = Deadline.at(today, dueDay).reportMonth();
		if (months.isEmpty() || months.contains(due) || standings.of(due)
			.standings()
			.values()
			.stream()
			.anyMatch(s -> s.reportId() != null || !s.arrived().nothing())) {
			return due;
		}
		return followedMonth.followed();
	}

	/**
	 * Every parent of the register, however deep (the page may show any of them, while reports are
	 * made down to the configured level); without a register, the one department of every unit
	 * with data, even when there is only one.
	 */
	private List<Department> departments(UnitRegister register, Map<String, UnitStanding> now, YearMonth month) {
		if (register.isEmpty()) {
			if (now.isEmpty()) {
				return List.of();
			}
			List<Department.Member> members = now.keySet().stream().map(u -> new Department.Member(u, u, 1, u, properties.allUnitsName())).toList();
			return List.of(new Department(Department.ALL, properties.allUnitsName(), members, List.of(), List.of()));
		}
		// The units outside the register with data of the year or the one before, as the department's report
		// names them (a trial's page named none of those its report did).
		// Read again only when an input is accepted: during a run's reports a new reading comes every second.
		Set<String> recent = standings.ofInputs(List.of("recent data", month), () -> standingsRepository.unitsWithRecentData(month));
		return Departments.of(register, register.units().size(), now.keySet(), recent, properties.allUnitsName());
	}

	private static List<DepartmentPage.Choice> choices(UnitRegister register, List<Department> departments) {
		Map<String, RegisteredUnit> byCode = new HashMap<>();
		register.units().forEach(u -> byCode.put(u.code(), u));
		List<DepartmentPage.Choice> choices = new ArrayList<>();
		for (Department department : departments) {
			RegisteredUnit unit = byCode.get(department.code());
			int depth = unit == null ? 0 : register.depth(unit);
			choices.add(new DepartmentPage.Choice(department.code(), department.name(), depth,
					department.members().size()));
		}
		return choices;
	}

	private List<DepartmentPage.Download> downloads(String code, YearMonth month) {
		return departmentReports.latest(code, month).map(stored -> {
			List<DepartmentPage.Download> list = new ArrayList<>();
			List<ReportRepository.Document> documents = departmentReports.documents(stored.id());
			for (int i = 0; i < documents.size(); i++) {
				ReportRepository.Document document = documents.get(i);
				list.add(new DepartmentPage.Download(stored.id(), i + 1, document.template(),
						Path.of(document.file()).getFileName().toString(), Path.of(document.historyFile())));
			}
			return list;
		}).orElse(List.of());
	}
}
