package th.itabatch.web;

import java.nio.charset.StandardCharsets;
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
import org.springframework.web.util.UriUtils;

import th.itabatch.runs.RunCoordinator;
import th.itabatch.thai.ThaiMonths;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;

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

	private final UnitRegistry registry;

	DashboardController(DashboardService dashboards, DepartmentPages departments, ContentRenderer renderer,
			UnitPages units, RunCoordinator coordinator, RunFailures failures, UnitRegistry registry) {
		this.registry = registry;
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
		Optional<UnitDashboard> found = dashboards.dashboard(name);
		if (found.isEmpty()) {
			// Asked for by a code or another name ("1201", "ศทส."), the unit's own page; else which names are
			// near: a trial's misspelt, coded and short names were each answered "page not found" alone.
			UnitRegister register = registry.current();
			Optional<String> canonical = register.canonical(name).filter(known -> !known.equals(name));
			if (canonical.isPresent()) {
				return "redirect:/unit?name=" + UriUtils.encodeQueryParam(canonical.get(), StandardCharsets.UTF_8);
			}
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("unitAsked", name);
			// A code typed is offered as "0101 กองคลัง": linked to กองคลัง's page, not to that text's (a review).
			model.addAttribute("closest", register.closest(name)
				.stream()
				.map(shown -> new Close(shown, register.canonical(shown)
					.or(() -> register.canonical(shown.split(" ", 2)[0]))
					.orElse(shown)))
				.toList());
			return "error/404";
		}
		UnitDashboard dashboard = found.get();
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
	 * A registered unit offered for a name no unit has.
	 *
	 * @param shown as offered ("0101 กองคลัง" for a code)
	 * @param name the unit's name, whose page it links to
	 */
	record Close(String shown, String name) {
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
