package th.itabatch.web;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.itabatch.monthly.UnitDataLoader;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunHistory;
import th.itabatch.runs.RunQueue;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;
import th.itabatch.settings.ItaProperties;
import th.itabatch.thai.ThaiMonths;
import th.itabatch.thai.ThaiNameOrder;
import th.itabatch.units.UnitRegistry;

/**
 * The runs: their history with status, duration and live progress, why the failed ones failed
 * (which unit, in plain words), and "run now".
 */
@Controller
class RunController {

	static final String VIEW = "runs";

	private final RunHistory history;

	private final RunQueue queue;

	private final RunCoordinator coordinator;

	private final UnitDataLoader units;

	private final ItaProperties properties;

	private final RunFailures failures;

	private final UnitRegistry registry;

	RunController(RunHistory history, RunQueue queue, RunCoordinator coordinator, UnitDataLoader units,
			ItaProperties properties, RunFailures failures, UnitRegistry registry) {
		this.registry = registry;
		this.history = history;
		this.queue = queue;
		this.coordinator = coordinator;
		this.units = units;
		this.properties = properties;
		this.failures = failures;
	}

	@GetMapping("/runs")
	String list(Model model) {
		List<RunHistory.Execution> executions = history.recent(100);
		model.addAttribute("executions", executions);
		// Why each unfinished run stopped, in words a viewer may read (never the stored stack trace).
		// A run cut short (its instance killed) that a later execution of the same job finished was
		// listed as failed "while processing", its reports made all the same (a trial): it is said so.
		Set<Long> recovered = new HashSet<>();
		Map<Long, FailureReason> reasons = new HashMap<>();
		executions.stream().filter(e -> !e.running() && !"COMPLETED".equals(e.status())).forEach(e -> {
			// Cut short: marked failed by the recovery, with no failure of its own (one that failed on
			// its data and was run again keeps its reason).
			if (e.exitMessage().isBlank() && executions.stream().anyMatch(later -> later.instanceId() == e.instanceId()
					&& later.executionId() > e.executionId() && "COMPLETED".equals(later.status()))) {
				recovered.add(e.executionId());
			}
			else {
				reasons.put(e.executionId(), failures.explain(e));
			}
		});
		model.addAttribute("reasons", reasons);
		model.addAttribute("recovered", recovered);
		model.addAttribute("failures", failures.latest(executions));
		model.addAttribute("progress", coordinator.progress());
		model.addAttribute("lastManual", coordinator.lastManual());
		model.addAttribute("busy", queue.running() != null || executions.stream().anyMatch(RunHistory.Execution::running));
		// In the order the department page sorts names ("กลุ่มงานที่ 2" before "กลุ่มงานที่ 10"), not by code point.
		List<String> unitNames = units.units(null);
		model.addAttribute("units", unitNames.stream().sorted(ThaiNameOrder.of(unitNames)).toList());
		// A department report's run names its department, its parameter being the register's code.
		Map<String, String> departments = new HashMap<>();
		registry.current().units().forEach(unit -> departments.put(unit.code(), unit.name()));
		model.addAttribute("departments", departments);
		return VIEW;
	}

	@PostMapping("/runs")
	String runNow(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
			RedirectAttributes redirect) {
		Optional<YearMonth> reportMonth;
		try {
			// Blank: the job chooses the month from the data.
			reportMonth = month == null || month.isBlank() ? Optional.empty() : Optional.of(ThaiMonths.yearMonth(month));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "month");
			return "redirect:/runs";
		}
		List<String> only = unit == null || unit.isBlank() ? null : List.of(unit);
		queue.submit(new RunRequest(RunTrigger.MANUAL, reportMonth, only, null, properties.outputDir()));
		redirect.addFlashAttribute("started", true);
		return "redirect:/runs";
	}
}
