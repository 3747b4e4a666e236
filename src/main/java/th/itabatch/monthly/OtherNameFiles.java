package th.itabatch.monthly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.itabatch.pdf.PdfCopies;
import th.itabatch.report.ReportRepository;
import th.itabatch.units.RegisteredUnit;
import th.itabatch.units.UnitRegistry;

/**
 * Takes out of the output folder the documents a unit's month was reported in under another of its
 * names (a misspelling or an old name the register now gives it), once the month is reported under
 * its registered name: a trial's output folder held both, the same scores as two units'. Each run's
 * own copy under {@code history/} stays, and the reports page still lists the older report.
 */
@Component
class OtherNameFiles {

	private static final Logger log = LoggerFactory.getLogger(OtherNameFiles.class);

	/** The other name's reports looked at, newest first: a month is reported a few times at most. */
	private static final int LOOKED_AT = 50;

	private final UnitRegistry registry;

	private final ReportRepository reports;

	OtherNameFiles(UnitRegistry registry, ReportRepository reports) {
		this.registry = registry;
		this.reports = reports;
	}

	/** Removes the latest copies of the month's reports under the unit's other names, keeping {@code written}. */
	void retire(String unit, YearMonth month, List<ReportRepository.Document> written) throws IOException {
		List<String> others = registry.current().named(unit).map(RegisteredUnit::aliases).orElse(List.of());
		if (others.isEmpty()) {
			return;
		}
		Set<Path> kept = written.stream().map(d -> Path.of(d.file()).normalize()).collect(Collectors.toSet());
		for (String other : others) {
			List<ReportRepository.StoredReport> stored = reports.history(other, LOOKED_AT)
				.stream()
				.filter(r -> r.month().equals(month))
				.toList();
			for (List<ReportRepository.Document> documents : reports.documents(stored).values()) {
				for (ReportRepository.Document document : documents) {
					Path file = Path.of(document.file()).normalize();
					if (!kept.contains(file) && Files.deleteIfExists(file)) {
						Files.deleteIfExists(PdfCopies.pdfOf(file));
						log.info("{}: {} is now reported as {}; its earlier copy {} is kept under history/", month, other,
								unit, file.getFileName());
					}
				}
			}
		}
	}
}
