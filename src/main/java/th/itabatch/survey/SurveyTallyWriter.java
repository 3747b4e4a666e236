package th.itabatch.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import th.itabatch.ingest.InputRepository;
import th.itabatch.ingest.InputStatus;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoreRepository;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;

/**
 * Adds each scored row to its export's totals, records its problems (the first
 * {@code ita.survey.max-problems} of an export, located; the rest counted) and, at an export's end,
 * stores the round's scores computed from the totals, or rejects the export when it has errors.
 * The totals are saved with each chunk, so a restart goes on from them.
 */
public class SurveyTallyWriter implements ItemStreamWriter<ScoredRow> {

	static final String TALLIES = "survey.tallies";

	private final InputRepository inputs;

	private final ScoreRepository scores;

	private final SurveyResults results;

	private final DuplicateTracker duplicates;

	private final int maxProblems;

	private HashMap<Long, SurveyTally> tallies = new HashMap<>();

	public SurveyTallyWriter(InputRepository inputs, ScoreRepository scores, SurveyResults results,
			DuplicateTracker duplicates, int maxProblems) {
		this.inputs = inputs;
		this.scores = scores;
		this.results = results;
		this.duplicates = duplicates;
		this.maxProblems = maxProblems;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void open(ExecutionContext context) {
		Object saved = context.get(TALLIES);
		tallies = saved instanceof HashMap<?, ?> map ? (HashMap<Long, SurveyTally>) map : new HashMap<>();
	}

	@Override
	public void update(ExecutionContext context) {
		context.put(TALLIES, tallies);
	}

	@Override
	public void write(Chunk<? extends ScoredRow> chunk) {
		Map<Long, MessageLog> logs = new HashMap<>();
		long currentId = -1;
		SurveyTally tally = null;
		String currentUnit = null;
		SurveyTally.UnitTally unit = null;
		for (ScoredRow row : chunk) {
			long id = row.input().id();
			if (id != currentId || tally == null) {
				currentId = id;
				tally = tallies.computeIfAbsent(id, k -> new SurveyTally());
				currentUnit = null;
			}
			if (row.isEnd()) {
				flush(logs);
				finish(row, tally);
				tallies.remove(id);
				tally = null;
				continue;
			}
			if (!row.unit().equals(currentUnit)) {
				currentUnit = row.unit();
				unit = tally.unit(currentUnit, row.points().length);
			}
			add(row, tally, unit, logs);
		}
		flush(logs);
	}

	private static MessageLog log(Map<Long, MessageLog> logs, ScoredRow row) {
		return logs.computeIfAbsent(row.input().id(), k -> new MessageLog(row.input().fileName()));
	}

	private void add(ScoredRow row, SurveyTally tally, SurveyTally.UnitTally unit, Map<Long, MessageLog> logs) {
		tally.rows++;
		String sheet = row.layout().sheet();
		if (!duplicates.add(row.fingerprint())) {
			tally.duplicates++;
			if (tally.messages++ < maxProblems) {
				log(logs, row).row(MessageCode.SURVEY_DUPLICATE, sheet, row.rowNumber());
			}
			return;
		}
		for (ScoredRow.Problem problem : row.problems()) {
			tally.problems++;
			if (tally.messages++ < maxProblems) {
				log(logs, row).cell(MessageCode.SURVEY_ANSWER_UNKNOWN, sheet, problem.cell(), problem.answer(),
						problem.item(), String.join(" / ", problem.labels()));
			}
		}
		double[] points = row.points();
		double sum = 0;
		int answered = 0;
		for (int i = 0; i < points.length; i++) {
			double value = points[i];
			if (!Double.isNaN(value)) {
				unit.sums[i] += value;
				unit.answers[i]++;
				sum += value;
				answered++;
			}
		}
		if (answered > 0) {
			unit.respondents++;
			unit.respondentMeans += sum / answered;
			if (row.month() != null) {
				tally.months.merge(row.month().toString(), 1, Integer::sum);
			}
		}
	}

	private void finish(ScoredRow end, SurveyTally tally) {
		long id = end.input().id();
		MessageLog log = new MessageLog(end.input().fileName());
		if (tally.messages > maxProblems) {
			log.file(MessageCode.SURVEY_MORE_PROBLEMS, tally.messages - maxProblems, maxProblems);
		}
		List<ScoreEntry> computed = results.scores(end.input().fileName(), end.layout(), tally, log);
		inputs.addMessages(id, log.messages());
		if (tally.problems > 0 || log.hasErrors()) {
			inputs.setStatus(id, InputStatus.REJECTED);
			inputs.deleteContent(id);
			return;
		}
		scores.insert(id, computed);
	}

	private void flush(Map<Long, MessageLog> logs) {
		logs.forEach((id, log) -> {
			if (!log.messages().isEmpty()) {
				inputs.addMessages(id, log.messages());
			}
		});
		logs.clear();
	}
}
