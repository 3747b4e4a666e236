package th.itabatch.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.itabatch.runs.RunCoordinator;

/** The overview of every unit, with a notice of the runs that failed, and each unit's dashboard. */
@Controller
class DashboardController {

	static final String OVERVIEW = "overview";

	static final String UNIT = "unit";

	private final DashboardService dashboards;

	private final RunCoordinator coordinator;

	private final RunFailures failures;

	DashboardController(DashboardService dashboards, RunCoordinator coordinator, RunFailures failures) {
		this.dashboards = dashboards;
		this.coordinator = coordinator;
		this.failures = failures;
	}

	@GetMapping("/")
	String overview(Model model) {
		List<UnitDashboard> units = dashboards.units().stream().map(dashboards::dashboard).toList();
		model.addAttribute("units", units);
		model.addAttribute("deadline", dashboards.deadline());
		model.addAttribute("progress", coordinator.progress());
		model.addAttribute("failures", failures.latest());
		return OVERVIEW;
	}

	@GetMapping("/unit")
	String unit(@RequestParam String name, Model model) {
		if (!dashboards.units().contains(name)) {
			throw new NotFoundException();
		}
		model.addAttribute("d", dashboards.dashboard(name));
		model.addAttribute("failures", failures.latest().stream().filter(f -> name.equals(f.unit())).toList());
		return UNIT;
	}
}
