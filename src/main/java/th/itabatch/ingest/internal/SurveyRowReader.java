package th.itabatch.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import th.itabatch.inputs.StoredInput;
import th.itabatch.survey.DuplicateTracker;
import th.itabatch.survey.Questionnaire;
import th.itabatch.survey.SurveyExport;
import th.itabatch.survey.SurveyLayout;
import th.itabatch.survey.SurveyRow;
import th.itabatch.survey.SurveyRowScorer;
import th.itabatch.validation.PlainReason;
import th.itabatch.workbook.WorkbookLimits;
import th.itabatch.workbook.stream.RowStream;
import th.itabatch.workbook.stream.RowStreams;

/**
 * Reads the rows of the run's survey exports one after another, streaming each from its archived
 * copy, and after each export's last row an end marker that lets the writer finish it. Restartable:
 * it saves which export and which row it had reached; a restart reads on from there (the rows
 * before are only passed over, their fingerprints noted for the duplicate check, not scored again).
 */
public class SurveyRowReader implements ItemStreamReader<SurveyRow> {

	static final String EXPORT = "survey.export";

	static final String ROW = "survey.row";

	private final List<StoredInput> exports;

	private final Questionnaire questionnaire;

	private final DuplicateTracker duplicates;

	private int export;

	private int lastRow;

	private RowStream rows;

	private SurveyLayout layout;

	private boolean ended;

	private String failure;

	private final WorkbookLimits limits;

	public SurveyRowReader(List<StoredInput> exports, Questionnaire questionnaire, DuplicateTracker duplicates,
			WorkbookLimits limits) {
		this.limits = limits;
		this.exports = exports;
		this.questionnaire = questionnaire;
		this.duplicates = duplicates;
	}

	@Override
	public void open(ExecutionContext context) {
		export = context.getInt(EXPORT, 0);
		int resumeAfter = context.getInt(ROW, 0);
		if (resumeAfter == Integer.MAX_VALUE) {
			// that export was finished before the restart
			export++;
			resumeAfter = 0;
		}
		if (export < exports.size()) {
			openExport(resumeAfter);
		}
	}

	private void openExport(int resumeAfter) {
		closeRows();
		duplicates.clear();
		ended = false;
		failure = null;
		lastRow = 0;
		StoredInput input = exports.get(export);
		try {
			rows = RowStreams.open(Path.of(input.archivePath()), limits);
			layout = SurveyLayout.detect(rows, questionnaire)
				.orElseThrow(() -> new IOException("the survey's header row is no longer found"));
			lastRow = layout.headerRow();
			// Rows already scored before a restart: passed over, only their fingerprints noted.
			while (lastRow < resumeAfter && rows.next()) {
				lastRow = rows.rowNumber();
				String[] values = copy(rows);
				duplicates.add(input.id(), SurveyRowScorer.fingerprint(values, layout));
				long respondent = SurveyRowScorer.respondent(values, layout);
				if (respondent != 0) {
					duplicates.add(input.id(), respondent);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			failure = PlainReason.of(ex);
		}
	}

	@Override
	public SurveyRow read() {
		while (export < exports.size()) {
			if (!ended && failure == null) {
				try {
					if (rows.next()) {
						lastRow = rows.rowNumber();
						return new SurveyRow(export(exports.get(export)), layout, lastRow, copy(rows));
					}
				}
				catch (IOException | RuntimeException ex) {
					// A row the stream cannot read (over a limit, damaged): the export is not used.
					failure = PlainReason.of(ex);
				}
			}
			if (!ended) {
				ended = true;
				return failure != null ? SurveyRow.failed(export(exports.get(export)), failure)
						: SurveyRow.end(export(exports.get(export)), layout);
			}
			export++;
			if (export < exports.size()) {
				openExport(0);
			}
		}
		return null;
	}

	private static SurveyExport export(StoredInput input) {
		return new SurveyExport(input.id(), input.fileName());
	}

	private static String[] copy(RowStream rows) {
		String[] values = new String[rows.width()];
		for (int c = 0; c < values.length; c++) {
			values[c] = rows.value(c);
		}
		return values;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(EXPORT, export);
		// After an export's end marker the next export starts from its header.
		context.putInt(ROW, ended ? Integer.MAX_VALUE : lastRow);
	}

	@Override
	public void close() {
		closeRows();
	}

	private void closeRows() {
		if (rows != null) {
			try {
				rows.close();
			}
			catch (IOException ex) {
				// reading is over
			}
			rows = null;
		}
	}
}
