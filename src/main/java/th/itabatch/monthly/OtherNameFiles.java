package th.itabatch.monthly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.itabatch.pdf.PdfCopies;
import th.itabatch.report.ReportRepository;
import th.itabatch.units.RegisteredUnit;
import th.itabatch.units.UnitRegister;
import th.itabatch.units.UnitRegistry;

/**
 * Takes out of the output folder the documents a unit's month was reported in under another of its
 * names (a misspelling or an old name the register now gives it), once the month is reported under
 * its registered name: a trial's output folder held both, the same scores as two units'. Each run's
 * own copy under {@code history/} stays, and the reports page still lists the older report. Only the
 * folder this run writes to is touched (the documents of those names in it, wherever it was when they
 * were made), only for names the register gives this unit and no other, and
 * a copy that cannot be removed (open in Excel on a share) is left with a warning: the report stands.
 */
@Component
class OtherNameFiles {

	private static final Logger log = LoggerFactory.getLogger(OtherNameFiles.class);

	private final UnitRegistry registry;

	private final ReportRepository reports;

	OtherNameFiles(UnitRegistry registry, ReportRepository reports) {
		this.registry = registry;
		this.reports = reports;
	}

	/** Removes from {@code outputDir} the month's documents under the unit's other names, keeping {@code written}. */
	void retire(String unit, YearMonth month, Path outputDir, List<ReportRepository.Document> written) {
		UnitRegister register = registry.current();
		Optional<RegisteredUnit> registered = register.named(unit);
		if (registered.isEmpty() || registered.get().aliases().isEmpty()) {
			return;
		}
		Path folder = outputDir.toAbsolutePath().normalize();
		Set<Path> kept = written.stream().map(d -> Path.of(d.file()).toAbsolutePath().normalize()).collect(Collectors.toSet());
		// The unit's other names that are no other unit's (an other name given to two units, or another
		// unit's name or code, is left alone), as its reports were stored under them.
		List<String> others = registered.get()
			.aliases()
			.stream()
			.filter(name -> register.otherNameOf(name).map(RegisteredUnit::name).filter(unit::equals).isPresent())
			.toList();
		for (List<ReportRepository.Document> documents : reports.documents(reports.of(others, month)).values()) {
			for (ReportRepository.Document document : documents) {
				// The copy of that name in this run's folder: the stored path names the folder as it was
				// when the report was made, and a folder moved with its data (a new server) is another path.
				Path file = folder.resolve(Path.of(document.file()).getFileName().toString());
				if (!kept.contains(file)) {
					remove(file, unit, month);
					remove(PdfCopies.pdfOf(file), unit, month);
				}
			}
		}
	}

	private static void remove(Path file, String unit, YearMonth month) {
		try {
			if (Files.deleteIfExists(file)) {
				log.info("{}: {} is reported under its registered name now; the copy under another name, {}, is kept "
						+ "under history/ alone", month, unit, file.getFileName());
			}
		}
		catch (IOException ex) {
			log.warn("{}: {} is reported under its registered name now, but the copy under another name, {}, could not "
					+ "be removed from the output folder: {}", month, unit, file, ex.toString());
		}
	}
}
