package th.itabatch.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.itabatch.ItaProperties;
import th.itabatch.monthly.UnitDataLoader;
import th.itabatch.runs.RunCoordinator;
import th.itabatch.runs.RunHistory;
import th.itabatch.runs.RunQueue;
import th.itabatch.runs.RunRequest;
import th.itabatch.runs.RunTrigger;
import th.itabatch.thai.ThaiDigits;

/** The runs: their history with status, duration and live progress, and "run now". */
@Controller
class RunController {

	static final String VIEW = "runs";

	private final RunHistory history;

	private final RunQueue queue;

	private final RunCoordinator coordinator;

	private final UnitDataLoader units;

	private final ItaProperties properties;

	RunController(RunHistory history, RunQueue queue, RunCoordinator coordinator, UnitDataLoader units,
			ItaProperties properties) {
		this.history = history;
		this.queue = queue;
		this.coordinator = coordinator;
		this.units = units;
		this.properties = properties;
	}

	@GetMapping("/runs")
	String list(Model model) {
		List<RunHistory.Execution> executions = history.recent(100);
		model.addAttribute("executions", executions);
		model.addAttribute("progress", coordinator.progress());
		model.addAttribute("busy", queue.running() != null || executions.stream().anyMatch(RunHistory.Execution::running));
		model.addAttribute("units", units.units(null));
		return VIEW;
	}

	@PostMapping("/runs")
	String runNow(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
			RedirectAttributes redirect) {
		Optional<YearMonth> reportMonth;
		try {
			reportMonth = parseMonth(month);
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

	/** "2564-06" (BE) or "2021-06" (CE); blank for the month chosen from the data. */
	static Optional<YearMonth> parseMonth(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = ThaiDigits.toArabic(text.trim());
		if (!value.matches("\\d{4}-\\d{1,2}")) {
			throw new IllegalArgumentException(text);
		}
		String[] parts = value.split("-");
		int year = Integer.parseInt(parts[0]);
		int month = Integer.parseInt(parts[1]);
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException(text);
		}
		return Optional.of(YearMonth.of(year >= 2400 ? year - 543 : year, month));
	}
}
