package th.itabatch.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import th.itabatch.pdf.PdfCopies;
import th.itabatch.report.ReportRepository;

/**
 * A report with what there is to download of it: each document (the Excel report first, then the
 * Word brief) and the PDF of each where LibreOffice made one.
 *
 * @param report the report
 * @param documents its documents, the main file first
 * @param superseded whether a newer report of the same unit and month is listed above it
 */
record ListedReport(ReportRepository.StoredReport report, List<ReportRepository.Document> documents,
		boolean superseded) {

	/** Every kind of download, each with its label in the messages ({@code reports.kind.xlsx}…). */
	static final List<String> KINDS = List.of("xlsx", "docx", "xlsx.pdf", "docx.pdf");

	/**
	 * A download.
	 *
	 * @param href where it is served
	 * @param kind what it is, for its label: "xlsx", "docx", "xlsx.pdf", "docx.pdf"
	 * @param template the template it was made from
	 */
	record Link(String href, String kind, String template) {
	}

	/** The reports, in their order, each with its documents (read in one query). */
	static List<ListedReport> of(List<ReportRepository.StoredReport> stored, ReportRepository reports) {
		java.util.Map<Long, List<ReportRepository.Document>> documents = reports.documents(stored);
		List<Boolean> superseded = superseded(stored, r -> List.of(r.unit(), r.month()));
		List<ListedReport> listed = new ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			listed.add(new ListedReport(stored.get(i), documents.get(stored.get(i).id()), superseded.get(i)));
		}
		return listed;
	}

	/**
	 * For reports listed newest first, whether each has a newer one of the same key (unit or
	 * department, and month) above it: a trial listed three of one month alike, and which to submit
	 * to DOC could not be told.
	 */
	static <T> List<Boolean> superseded(List<T> newestFirst, java.util.function.Function<T, Object> key) {
		java.util.Set<Object> seen = new java.util.HashSet<>();
		return newestFirst.stream().map(r -> !seen.add(key.apply(r))).toList();
	}

	/** The documents, then their PDFs. */
	public List<Link> links() {
		return links("/reports/" + report.id() + "/file", documents);
	}

	/**
	 * Links to documents served at {@code base} (the main file), {@code base/n} and {@code base/n/pdf}:
	 * the documents first, then the PDFs there are.
	 */
	static List<Link> links(String base, List<ReportRepository.Document> documents) {
		List<Link> links = new ArrayList<>();
		List<Link> pdfs = new ArrayList<>();
		for (int n = 1; n <= documents.size(); n++) {
			ReportRepository.Document document = documents.get(n - 1);
			String kind = document.file().toLowerCase(Locale.ROOT).endsWith(".docx") ? "docx" : "xlsx";
			links.add(new Link(n == 1 ? base : base + "/" + n, kind, document.template()));
			if (hasPdf(document)) {
				pdfs.add(new Link(base + "/" + n + "/pdf", kind + ".pdf", document.template()));
			}
		}
		links.addAll(pdfs);
		return links;
	}

	private static boolean hasPdf(ReportRepository.Document document) {
		return Files.isRegularFile(PdfCopies.pdfOf(Path.of(document.historyFile())));
	}
}
