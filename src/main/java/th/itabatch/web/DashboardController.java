package th.itabatch.web;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.itabatch.runs.RunCoordinator;
import th.itabatch.thai.ThaiMonths;

/** The department page, with a notice of the runs that failed, and each unit's dashboard. */
@Controller
class DashboardController {

	static final String OVERVIEW = "overview";

	static final String UNIT = "unit";

	/** The department page's content, kept as HTML. */
	static final String CONTENT = "overview-content";

	/** A unit's figures, kept as HTML. */
	static final String UNIT_FIGURES = "unit-figures";

	private final DashboardService dashboards;

	private final RunCoordinator coordinator;

	private final RunFailures failures;

	private final DepartmentPages departments;

	private final ContentRenderer renderer;

	private final UnitPages units;

	DashboardController(DashboardService dashboards, DepartmentPages departments, ContentRenderer renderer,
			UnitPages units, RunCoordinator coordinator, RunFailures failures) {
		this.units = units;
		this.renderer = renderer;
		this.dashboards = dashboards;
		this.departments = departments;
		this.coordinator = coordinator;
		this.failures = failures;
	}

	/**
	 * The department page: a department's roll-up and its units, sorted and filtered as the query
	 * asks, for the month whose report is due next or the month asked for.
	 */
	@GetMapping("/")
	String overview(@RequestParam(required = false) String dept, @RequestParam(required = false) String month,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String q, @RequestParam(required = false) String show,
			@RequestParam(required = false) String page, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<YearMonth> asked = Optional.empty();
		if (month != null && !month.isBlank()) {
			try {
				asked = Optional.of(ThaiMonths.yearMonth(month));
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("monthError", month);
			}
		}
		if (dept != null && !dept.isBlank() && !departments.knows(dept, asked)) {
			model.addAttribute("deptUnknown", dept);
		}
		Locale kept = kept(locale);
		model.addAttribute("content", departments.rendered(dept, asked, UnitTable.of(sort, dir, q, show, page), kept,
				p -> renderer.render(CONTENT, "content", Map.of("p", p), kept, request, response)));
		model.addAttribute("progress", coordinator.progress());
		model.addAttribute("failures", failures.latest());
		return OVERVIEW;
	}

	/**
	 * A unit's page: its figures as its latest report stated them (kept as HTML between views, see
	 * {@link UnitPages}), the deadline, its downloads and its failures.
	 */
	@GetMapping("/unit")
	String unit(@RequestParam String name, Locale locale, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		UnitDashboard dashboard = dashboards.dashboard(name).orElseThrow(NotFoundException::new);
		model.addAttribute("d", dashboard);
		if (dashboard.latest() != null) {
			Locale kept = kept(locale);
			model.addAttribute("figures", units.figures(dashboard, kept,
					figures -> renderer.render(UNIT_FIGURES, "figures", Map.of("f", figures), kept, request, response)));
		}
		model.addAttribute("failures", failures.latest().stream().filter(f -> name.equals(f.unit())).toList());
		return UNIT;
	}

	/**
	 * The locale HTML kept for everyone of a language is rendered in and kept by: the language alone. A locale
	 * asked for with more (th-TH-u-nu-thai writes Thai digits in the messages' numbers) would
	 * otherwise be kept and shown to everyone reading that language.
	 */
	private static Locale kept(Locale locale) {
		return Locale.forLanguageTag(locale.getLanguage());
	}
}
