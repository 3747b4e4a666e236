package th.itabatch.web;

import java.io.IOException;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.itabatch.report.ReportRepository;

/** Every report made, and its download. */
@Controller
class ReportController {

	static final String VIEW = "reports";

	private final ReportRepository reports;

	private final Downloads downloads;

	ReportController(ReportRepository reports, Downloads downloads) {
		this.reports = reports;
		this.downloads = downloads;
	}

	@GetMapping("/reports")
	String list(Model model) {
		model.addAttribute("reports", reports.history(null, 500));
		return VIEW;
	}

	/** A report as its run wrote it (its own copy under history/, never replaced). */
	@GetMapping("/reports/{id}/file")
	ResponseEntity<Resource> download(@PathVariable long id) throws IOException {
		return downloads.serve(reports.find(id).orElseThrow(NotFoundException::new).historyFile());
	}
}
