package th.itabatch.web;

import java.io.IOException;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.itabatch.report.DepartmentRepository;
import th.itabatch.report.ReportRepository;

/** Every report made, and its download. */
@Controller
class ReportController {

	static final String VIEW = "reports";

	private final ReportRepository reports;

	private final DepartmentRepository departments;

	private final Downloads downloads;

	ReportController(ReportRepository reports, DepartmentRepository departments, Downloads downloads) {
		this.reports = reports;
		this.departments = departments;
		this.downloads = downloads;
	}

	/**
	 * A report with its documents, for the list.
	 *
	 * @param report the report
	 * @param documents its documents, the main file first
	 */
	record Listed(ReportRepository.StoredReport report, List<ReportRepository.Document> documents) {
	}

	@GetMapping("/reports")
	String list(Model model) {
		model.addAttribute("reports",
				reports.history(null, 500).stream().map(r -> new Listed(r, reports.documents(r.id()))).toList());
		return VIEW;
	}

	/** A report as its run wrote it (its own copy under history/, never replaced). */
	@GetMapping("/reports/{id}/file")
	ResponseEntity<Resource> download(@PathVariable long id) throws IOException {
		return downloads.serve(reports.find(id).orElseThrow(NotFoundException::new).historyFile());
	}

	/** The report's n-th document (1 is its main file), as its run wrote it. */
	@GetMapping("/reports/{id}/file/{n}")
	ResponseEntity<Resource> document(@PathVariable long id, @PathVariable int n) throws IOException {
		return nth(reports.documents(id), n);
	}

	/** A department report's n-th document (1 is its main file), as its run wrote it. */
	@GetMapping("/departments/reports/{id}/file/{n}")
	ResponseEntity<Resource> departmentDocument(@PathVariable long id, @PathVariable int n) throws IOException {
		return nth(departments.documents(id), n);
	}

	private ResponseEntity<Resource> nth(List<ReportRepository.Document> documents, int n) throws IOException {
		if (n < 1 || n > documents.size()) {
			throw new NotFoundException();
		}
		return downloads.serve(documents.get(n - 1).historyFile());
	}
}
