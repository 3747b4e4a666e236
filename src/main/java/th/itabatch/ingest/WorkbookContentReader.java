package th.itabatch.ingest;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import th.itabatch.catalog.Catalog;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.PlanTableReader;
import th.itabatch.plan.ProgressEntry;
import th.itabatch.plan.ProgressTableReader;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoresTableReader;
import th.itabatch.scores.ScoresValidator;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.SheetReader;
import th.itabatch.workbook.UnreadableWorkbookException;
import th.itabatch.workbook.WorkbookOpener;

/**
 * Reads a whole input workbook: finds in each visible sheet the table it holds (scores, plan or
 * progress, whichever header is recognised best), reads it and checks it. The unit and fiscal year
 * one sheet states serve the other sheets of the workbook that state none.
 */
public final class WorkbookContentReader {

	/** The tables a sheet may hold; survey exports are told apart before a workbook gets here. */
	private static final List<InputKind> TABLE_KINDS = List.of(InputKind.SCORES, InputKind.PLAN, InputKind.PROGRESS);

	private final ScoresTableReader scoresReader;

	private final ScoresValidator scoresValidator;

	private final PlanTableReader planReader = new PlanTableReader();

	private final ProgressTableReader progressReader = new ProgressTableReader();

	private final InputDefaults configured;

	public WorkbookContentReader(Catalog catalog, InputDefaults configured) {
		this.scoresReader = new ScoresTableReader(catalog);
		this.scoresValidator = new ScoresValidator(catalog);
		this.configured = configured;
	}

	public WorkbookContent read(String fileName, byte[] bytes) {
		MessageLog log = new MessageLog(fileName);
		List<ScoreEntry> scores = new ArrayList<>();
		List<ActionPlan> plans = new ArrayList<>();
		List<ProgressEntry> progress = new ArrayList<>();
		try (Workbook workbook = WorkbookOpener.open(bytes)) {
			List<SheetReader> progressSheets = new ArrayList<>();
			InputDefaults found = InputDefaults.none();
			boolean anyTable = false;
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
					continue; // helper sheets people hide are not tables to report on
				}
				Sheet sheet = workbook.getSheetAt(i);
				SheetReader reader = new SheetReader(sheet);
				Optional<InputKind> kind = kindOf(reader);
				if (kind.isEmpty()) {
					continue;
				}
				anyTable = true;
				InputDefaults defaults = found.orElse(configured);
				switch (kind.get()) {
					case SCORES -> {
						List<ScoreEntry> read = scoresReader.read(reader, defaults, log);
						scores.addAll(read);
						if (!read.isEmpty()) {
							found = found.orElse(new InputDefaults(read.get(0).unit(), read.get(0).fiscalYear()));
						}
					}
					case PLAN -> planReader.read(reader, defaults, log).ifPresent(plan -> {
						plans.add(plan);
					});
					case PROGRESS -> progressSheets.add(reader);
				}
				if (!plans.isEmpty()) {
					found = found.orElse(new InputDefaults(plans.get(0).unit(), plans.get(0).fiscalYear()));
				}
			}
			for (SheetReader reader : progressSheets) {
				progress.addAll(progressReader.read(reader, found.orElse(configured), log));
			}
			if (!anyTable) {
				log.file(MessageCode.NO_TABLE);
			}
			scoresValidator.check(scores, log);
		}
		catch (UnreadableWorkbookException ex) {
			log.file(ex.code(), ex.detail());
		}
		catch (IOException ex) {
			log.file(MessageCode.FILE_CORRUPT, ex.getMessage());
		}
		return new WorkbookContent(fileName, sha256(bytes), bytes.length, scores, plans, progress, log.messages());
	}

	/** The kind of table whose header the sheet matches best; plan before progress before scores on a tie. */
	private Optional<InputKind> kindOf(SheetReader sheet) {
		InputKind best = null;
		int bestQuality = 0;
		for (InputKind kind : TABLE_KINDS) {
			Optional<HeaderFinder.Found<?>> found = switch (kind) {
				case PLAN -> planReader.locate(sheet);
				case PROGRESS -> progressReader.locate(sheet);
				default -> scoresReader.locate(sheet);
			};
			if (found.isPresent() && (found.get().quality() > bestQuality
					|| found.get().quality() == bestQuality && best != null && priority(kind) < priority(best))) {
				best = kind;
				bestQuality = found.get().quality();
			}
		}
		return Optional.ofNullable(best);
	}

	private static int priority(InputKind kind) {
		return switch (kind) {
			case PLAN -> 0;
			case PROGRESS -> 1;
			default -> 2;
		};
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
