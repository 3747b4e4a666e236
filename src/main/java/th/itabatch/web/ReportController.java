package th.itabatch.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.itabatch.pdf.PdfCopies;
import th.itabatch.report.DepartmentRepository;
import th.itabatch.report.ReportRepository;

/** Every report made, and its download. */
@Controller
class ReportController {

	static final String VIEW = "reports";

	/** How many department reports the page lists: a year of monthly runs of a department of some twenty parents. */
	private static final int DEPARTMENTS_LISTED = 300;

	private final ReportRepository reports;

	private final DepartmentRepository departments;

	private final Downloads downloads;

	private final PdfCopies pdfs;

	ReportController(ReportRepository reports, DepartmentRepository departments, Downloads downloads, PdfCopies pdfs) {
		this.pdfs = pdfs;
		this.reports = reports;
		this.departments = departments;
		this.downloads = downloads;
	}

	@GetMapping("/reports")
	String list(Model model) {
		model.addAttribute("reports",
				ListedReport.of(reports.history(null, 500), reports));
		model.addAttribute("departmentReports", ListedDepartmentReport.of(departments.history(DEPARTMENTS_LISTED), departments));
		model.addAttribute("pdfAvailable", pdfs.available());
		// Switched off is not missing: a trial's server had LibreOffice and was told to install it.
		model.addAttribute("pdfEnabled", pdfs.enabled());
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

	/** The PDF of the report's n-th document, as its run wrote it (where LibreOffice made one). */
	@GetMapping("/reports/{id}/file/{n}/pdf")
	ResponseEntity<Resource> documentPdf(@PathVariable long id, @PathVariable int n) throws IOException {
		return nthPdf(reports.documents(id), n);
	}

	/** The PDF of a department report's n-th document, as its run wrote it (where LibreOffice made one). */
	@GetMapping("/departments/reports/{id}/file/{n}/pdf")
	ResponseEntity<Resource> departmentDocumentPdf(@PathVariable long id, @PathVariable int n) throws IOException {
		return nthPdf(departments.documents(id), n);
	}

	private ResponseEntity<Resource> nthPdf(List<ReportRepository.Document> documents, int n) throws IOException {
		if (n < 1 || n > documents.size()) {
			throw new NotFoundException();
		}
		return downloads.serve(PdfCopies.pdfOf(Path.of(documents.get(n - 1).historyFile())).toString());
	}

	/** A department report's main file, as its run wrote it. */
	@GetMapping("/departments/reports/{id}/file")
	ResponseEntity<Resource> departmentDownload(@PathVariable long id) throws IOException {
		return nth(departments.documents(id), 1);
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
