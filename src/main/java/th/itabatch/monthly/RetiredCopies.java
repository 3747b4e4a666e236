package th.itabatch.monthly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.itabatch.pdf.PdfCopies;
import th.itabatch.report.ReportRepository;

/**
 * Takes out of an output folder the copies of documents another report now stands for, with their
 * PDFs: each run's own copy under {@code history/} stays, and the pages still list the older report.
 * A copy is looked for by its file name in the folder as it is now (the stored path names the folder
 * as it was when the report was made, and a folder moved with its data is another path); one that
 * cannot be removed (open in Excel on a share) is left with a warning.
 */
public final class RetiredCopies {

	private static final Logger log = LoggerFactory.getLogger(RetiredCopies.class);

	private RetiredCopies() {
	}

	/**
	 * Removes from {@code folder} the copies of {@code retired}, keeping the files just written.
	 *
	 * @param written the files the run has just written (their paths or names), which stay
	 * @param why what stands for them now, for the log ("กองคลัง is reported under its registered name now")
	 */
	public static void retire(Path folder, Collection<ReportRepository.Document> retired, Collection<String> written,
			String why) {
		Path here = folder.toAbsolutePath().normalize();
		Set<Path> kept = written.stream().map(file -> here.resolve(fileName(file))).collect(Collectors.toSet());
		for (ReportRepository.Document document : retired) {
			Path file = here.resolve(fileName(document.file()));
			if (!kept.contains(file)) {
				remove(file, why);
				remove(PdfCopies.pdfOf(file), why);
			}
		}
	}

	/** Removes the PDF beside a document just made again: it is of the document's earlier content. */
	static void removePdfOf(Path document) {
		remove(PdfCopies.pdfOf(document), document.getFileName() + " is made again");
	}

	private static String fileName(String file) {
		return Path.of(file).getFileName().toString();
	}

	private static void remove(Path file, String why) {
		try {
			if (Files.deleteIfExists(file)) {
				log.info("{}; the copy {} is kept under history/ alone", why, file.getFileName());
			}
		}
		catch (IOException ex) {
			log.warn("{}, but the copy {} could not be removed from the output folder: {}", why, file, ex.toString());
		}
	}
}
