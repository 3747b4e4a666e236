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
 * @param superseded whether a newer report of the same department and month is listed above it
 */
record ListedDepartmentReport(DepartmentRepository.StoredDepartmentReport report,
		List<ReportRepository.Document> documents, boolean superseded) {

	/** The reports, in their order, each with its documents (read in one query). */
	static List<ListedDepartmentReport> of(List<DepartmentRepository.StoredDepartmentReport> stored,
			DepartmentRepository departments) {
		Map<Long, List<ReportRepository.Document>> documents = departments
			.documents(stored.stream().map(DepartmentRepository.StoredDepartmentReport::id).toList());
		List<Boolean> superseded = ListedReport.superseded(stored, r -> List.of(r.code(), r.month()));
		List<ListedDepartmentReport> listed = new java.util.ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			listed.add(new ListedDepartmentReport(stored.get(i), documents.getOrDefault(stored.get(i).id(), List.of()),
					superseded.get(i)));
		}
		return listed;
	}

	/** The documents, then their PDFs, as a unit report's are listed. */
	public List<ListedReport.Link> links() {
		return ListedReport.links("/departments/reports/" + report.id() + "/file", documents);
	}
}
