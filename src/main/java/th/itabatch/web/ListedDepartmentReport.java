package th.itabatch.web;

import java.util.List;
import java.util.Map;

import th.itabatch.report.DepartmentRepository;
import th.itabatch.report.ReportRepository;

/**
 * A department report on the reports page, with its documents to download.
 *
 * @param report the report
 * @param documents its documents, the main file first
 */
record ListedDepartmentReport(DepartmentRepository.StoredDepartmentReport report,
		List<ReportRepository.Document> documents) {

	/** The reports, in their order, each with its documents (read in one query). */
	static List<ListedDepartmentReport> of(List<DepartmentRepository.StoredDepartmentReport> stored,
			DepartmentRepository departments) {
		Map<Long, List<ReportRepository.Document>> documents = departments
			.documents(stored.stream().map(DepartmentRepository.StoredDepartmentReport::id).toList());
		return stored.stream()
			.map(r -> new ListedDepartmentReport(r, documents.getOrDefault(r.id(), List.of())))
			.toList();
	}

	/** The documents, then their PDFs, as a unit report's are listed. */
	public List<ListedReport.Link> links() {
		return ListedReport.links("/departments/reports/" + report.id() + "/file", documents);
	}
}
