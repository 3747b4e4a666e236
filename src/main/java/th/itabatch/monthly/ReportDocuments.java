package th.itabatch.monthly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import th.itabatch.files.AtomicFiles;
import th.itabatch.report.ReportRepository;
import th.itabatch.report.ReportTemplate;
import th.itabatch.report.TemplateProblems;
import th.itabatch.validation.Message;

/**
 * Writes a run's documents, one per template: this run's own copy under {@code history/<run>/},
 * then the latest of its name in the output folder (replacing the previous one), each whole or not
 * at all, given their names once all are on the disk; a restart writes them again.
 */
final class ReportDocuments {

	static final String HISTORY = "history";

	private ReportDocuments() {
	}

	static List<ReportRepository.Document> write(List<ReportTemplate> templates, Map<String, Object> variables,
			Map<String, String> names, Path outputDir, long run) throws IOException {
		List<ReportRepository.Document> documents = new ArrayList<>();
		// A template restyled wrongly makes no document, and the unit's report fails saying where (a trial's
		// blank unit name went out in silence): none of its documents is written, so the set in the output
		// folder stays one run's (the Excel report of this run beside the brief of the last would be two).
		List<byte[]> contents = new ArrayList<>();
		List<Message> problems = new ArrayList<>();
		for (ReportTemplate template : templates) {
			byte[] bytes = template.bytes();
			contents.add(bytes);
			problems.addAll(template.problems(bytes, variables));
		}
		if (problems.stream().anyMatch(Message::isError)) {
			throw new TemplateProblems(problems);
		}
		// One batch: a document is forced to the disk while the next is made.
		try (AtomicFiles.Batch files = AtomicFiles.batch()) {
			for (int i = 0; i < templates.size(); i++) {
				ReportTemplate template = templates.get(i);
				String name = template.fileName(names);
				Path history = outputDir.resolve(HISTORY).resolve(String.valueOf(run)).resolve(name);
				template.write(contents.get(i), variables, history, files);
				Path latest = outputDir.resolve(name);
				files.write(latest, out -> Files.copy(files.written(history), out));
				documents.add(new ReportRepository.Document(template.name(), latest.toAbsolutePath().toString(),
						history.toAbsolutePath().toString()));
			}
			files.commit();
		}
		// A PDF beside a document made again is of its earlier content: a trial's re-made department
		// report (12 scored) sat beside the PDF of the one before (11), PDFs being off, and that PDF is
		// what goes to DOC. The PDF stage makes it again where PDFs are on; one that cannot be removed (open
		// on a share) is a warning, not a failed report.
		documents.forEach(document -> RetiredCopies.removePdfOf(Path.of(document.file())));
		return documents;
	}
}
