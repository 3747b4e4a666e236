package th.itabatch.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's documents go to LibreOffice in batches: given 552 files at once it tried the first 246 and
 * ended as if it had done them all (a trial's department was left with 358 documents without PDFs).
 * A stand-in for LibreOffice that converts at most two files a process shows every one converted.
 */
class PdfBatchesTests {

	/** Writes "PDF" for at most the first two files it is given, into --outdir, as LibreOffice names them. */
	private static final String STAND_IN = """
			#!/bin/sh
			[ "$1" = "--version" ] && exit 0
			out=""; done=0
			while [ $# -gt 0 ]; do
			  case "$1" in
			    --outdir) out="$2"; shift 2; continue ;;
			    -*) shift; continue ;;
			  esac
			  if [ "$done" -lt 2 ] && [ "$1" != "pdf" ]; then
			    name=$(basename "$1"); echo PDF > "$out/${name%.*}.pdf"; done=$((done + 1))
			  fi
			  shift
			done
			echo "$done" >> "$(dirname "$0")/calls"
			""";

	/** A trial's service said LibreOffice was not installed, for good, after it failed once while busy. */
	@Test
	void libreOfficeThatFailsOnceIsAskedAgainAndOneMissingIsNot(@TempDir Path work) throws Exception {
		Path command = work.resolve("soffice");
		Files.writeString(command, """
				#!/bin/sh
				echo asked >> "$(dirname "$0")/asked"
				[ "$(wc -l < "$(dirname "$0")/asked")" -gt 1 ]
				""");
		Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
		PdfProperties properties = new PdfProperties(true, command.toString(), Duration.ofMinutes(1), 2);
		PdfCopies soon = new PdfCopies(properties);
		assertThat(soon.available()).as("its first answer an exit code of 1").isFalse();
		assertThat(soon.available()).as("not asked again at once: the reports page asks on every view").isFalse();
		assertThat(Files.readAllLines(work.resolve("asked"))).hasSize(1);

		PdfCopies busy = new PdfCopies(properties, Duration.ZERO);
		assertThat(busy.available()).as("asked again after the pause").isTrue();
		assertThat(busy.available()).isTrue();
		assertThat(Files.readAllLines(work.resolve("asked"))).hasSize(2);

		PdfCopies missing = new PdfCopies(new PdfProperties(true, work.resolve("no-such-soffice").toString(),
				Duration.ofMinutes(1), 2));
		assertThat(missing.available()).isFalse();
		assertThat(missing.available()).isFalse();
	}

	@Test
	void everyDocumentIsConvertedBatchByBatch(@TempDir Path work) throws Exception {
		Path command = work.resolve("soffice");
		Files.writeString(command, STAND_IN);
		Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
		List<PdfCopies.Document> documents = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			Path made = Files.writeString(Files.createDirectories(work.resolve("history")).resolve("report-" + i + ".xlsx"), "x");
			documents.add(new PdfCopies.Document(made, work.resolve("report-" + i + ".xlsx")));
		}
		PdfCopies pdfs = new PdfCopies(new PdfProperties(true, command.toString(), Duration.ofMinutes(1), 2));

		int written = pdfs.write(documents);

		assertThat(written).isEqualTo(5);
		for (PdfCopies.Document document : documents) {
			assertThat(PdfCopies.pdfOf(document.made())).hasContent("PDF");
			assertThat(PdfCopies.pdfOf(document.latest())).hasContent("PDF");
		}
		assertThat(Files.readAllLines(work.resolve("calls"))).as("three processes: 2, 2 and 1 document(s)")
			.containsExactly("2", "2", "1");
	}
}
