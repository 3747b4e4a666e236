package th.itabatch.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import th.itabatch.files.AtomicFiles;

/**
 * Writes a PDF beside each document (the Excel report, the Word brief), as LibreOffice prints it,
 * for the DOC system's attachments. LibreOffice is optional: where it is not installed the console
 * says so once and the documents are made without their PDFs. A run's documents are converted in
 * batches of {@code ita.pdf.batch}, each by one LibreOffice process (its start-up is much of the
 * cost), into a folder of its own, and each PDF is then put in place whole. A run stopped (the
 * service stopping) stops its LibreOffice with it.
 */
@Component
public class PdfCopies {

	private static final Logger log = LoggerFactory.getLogger(PdfCopies.class);

	private final PdfProperties properties;

	private volatile Boolean available;

	/** How many conversions this instance has finished: what a page listing the PDFs is kept by. */
	private final AtomicLong conversions = new AtomicLong();

	/** How the conversions' folders are named in the temporary folder. */
	static final String WORK_PREFIX = "ita-pdf-";

	@org.springframework.beans.factory.annotation.Autowired
	PdfCopies(PdfProperties properties) {
		this(properties, java.time.Duration.ofMinutes(5));
	}

	/** With how long after no answer LibreOffice is asked again. */
	PdfCopies(PdfProperties properties, java.time.Duration askAgainAfter) {
		this.properties = properties;
		this.askAgainAfterNanos = askAgainAfter.toNanos();
		this.lastNoAnswer = System.nanoTime() - askAgainAfterNanos;
	}

	/**
	 * At the start, the conversions a killed process of this machine left running are stopped and the
	 * folders they left removed (the restart makes those PDFs again).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void sweepLeftConversions() {
		if (properties.enabled()) {
			new LeftConversions(Path.of(System.getProperty("java.io.tmpdir")), WORK_PREFIX).sweep();
		}
	}

	/** Whether PDF copies are switched on ({@code ita.pdf.enabled}), whether or not LibreOffice answers. */
	public boolean enabled() {
		return properties.enabled();
	}

	/** Whether PDFs are written: enabled, and LibreOffice answers (asked once). */
	public boolean available() {
		if (!properties.enabled()) {
			return false;
		}
		Boolean known = available;
		if (known == null) {
			// Not asked again within minutes of no answer: the reports page asks on every view.
			if (System.nanoTime() - lastNoAnswer < askAgainAfterNanos) {
				return false;
			}
			Answer answer = answers();
			known = answer == Answer.YES;
			if (answer == Answer.MISSING) {
				available = known;
				log.warn("PDF: LibreOffice ({}) is not installed, so the reports are made without PDF copies. To have"
						+ " them: apt-get install libreoffice-calc libreoffice-writer fonts-thai-tlwg (see README, \"PDF\")",
						properties.command());
			}
			else if (answer == Answer.NO_ANSWER) {
				lastNoAnswer = System.nanoTime();
				// Installed, but busy or failing this once (a trial's while another conversion ran): asked again
				// at the next documents, not taken as missing until a restart.
				log.warn("PDF: LibreOffice ({}) did not answer when asked its version; documents are made without PDF"
						+ " copies for the next five minutes, then it is asked again", properties.command());
			}
			else {
				available = known;
			}
		}
		return known;
	}

	private final long askAgainAfterNanos;

	/** When LibreOffice last did not answer (System.nanoTime), or long ago. */
	private volatile long lastNoAnswer;

	/** What LibreOffice's command says when asked its version. */
	private enum Answer {

		YES, MISSING, NO_ANSWER

	}

	/**
	 * How many conversions this instance has finished: a page kept as HTML that lists the PDFs is
	 * made again after one (they are written after the reports it was made from).
	 */
	public long conversions() {
		return conversions.get();
	}

	/** The PDF beside a document: its name with .pdf instead of its extension. */
	public static Path pdfOf(Path document) {
		String name = document.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return document.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".pdf");
	}

	/**
	 * A document to copy as PDF: this run's own copy, and the latest of its name it was copied to.
	 *
	 * @param made the run's copy (under history/)
	 * @param latest the latest copy in the output folder
	 */
	public record Document(Path made, Path latest) {
	}

	/**
	 * Writes each document's PDF beside both its copies; returns how many documents got one. A
	 * document LibreOffice cannot convert gets none, said on the console; the others are not held up.
	 */
	public int write(List<Document> documents) {
		if (documents.isEmpty() || !available()) {
			return 0;
		}
		int written = 0;
		try {
			for (int from = 0; from < documents.size() && !Thread.currentThread().isInterrupted(); from += properties.batch()) {
				written += writeBatch(documents.subList(from, Math.min(documents.size(), from + properties.batch())));
			}
		}
		finally {
			conversions.incrementAndGet();
		}
		return written;
	}

	private int writeBatch(List<Document> documents) {
		Path work = null;
		Process process = null;
		int written = 0;
		try {
			// Outside the output folder: a conversion cut short leaves nothing there.
			work = Files.createTempDirectory(WORK_PREFIX);
			List<String> command = new ArrayList<>(List.of(properties.command(),
					// A profile of its own: two conversions at once (two instances) never share one.
					"-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless", "--norestore",
					"--convert-to", "pdf", "--outdir", work.toString()));
			documents.forEach(d -> command.add(d.made().toAbsolutePath().toString()));
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(work.resolve("soffice.log").toFile())
				.start();
			if (!process.waitFor(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
				stop(process);
				log.warn("PDF: LibreOffice took longer than {} for {} document(s); they have no PDF", properties.timeout(),
						documents.size());
				return 0;
			}
			for (Document document : documents) {
				Path pdf = work.resolve(pdfOf(document.made()).getFileName());
				if (Files.isRegularFile(pdf) && Files.size(pdf) > 0) {
					AtomicFiles.write(pdfOf(document.made()), out -> Files.copy(pdf, out));
					AtomicFiles.write(pdfOf(document.latest()), out -> Files.copy(pdf, out));
					written++;
				}
				else {
					log.warn("PDF: LibreOffice made no PDF of {}", document.made().getFileName());
				}
			}
		}
		catch (IOException ex) {
			log.warn("PDF: could not convert {} document(s): {}", documents.size(), ex.getMessage());
		}
		catch (InterruptedException ex) {
			// The run is stopping (the service stops): LibreOffice with it, not left converting for no one.
			stop(process);
			Thread.currentThread().interrupt();
		}
		finally {
			if (work != null) {
				FileSystemUtils.deleteRecursively(work.toFile());
			}
		}
		return written;
	}

	/** Stops LibreOffice and what it started: "soffice" is a script that starts soffice.bin. */
	private static void stop(Process process) {
		if (process != null) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
	}

	private Answer answers() {
		try {
			Process process = new ProcessBuilder(properties.command(), "--version").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return Answer.NO_ANSWER;
			}
			return process.exitValue() == 0 ? Answer.YES : Answer.NO_ANSWER;
		}
		catch (IOException ex) {
			return Answer.MISSING; // no such command
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Answer.NO_ANSWER;
		}
	}
}
