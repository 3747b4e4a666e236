package th.itabatch.ingest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import th.itabatch.inputs.InputRepository;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoreRepository;
import th.itabatch.survey.ScoredRow;
import th.itabatch.survey.SurveyExport;
import th.itabatch.survey.SurveyTallies;
import th.itabatch.survey.SurveyTally;
import th.itabatch.tables.UnitMatch;
import th.itabatch.tables.UnitNames;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;

/**
 * Adds each chunk of scored rows to the exports' totals ({@link SurveyTallies}), records their
 * messages, and at an export's end stores its round's scores or rejects it. The totals are saved
 * with each chunk, so a restart goes on from them.
 */
public class SurveyTallyWriter implements ItemStreamWriter<ScoredRow>, SurveyTallies.Outcomes {

	static final String TALLIES = "survey.tallies";

	private final SurveyTallies tallies;

	private final InputRepository inputs;

	private final ScoreRepository scores;

	private final InputAcceptance acceptance;

	private final UnitNames units;

	public SurveyTallyWriter(SurveyTallies tallies, InputRepository inputs, ScoreRepository scores,
			InputAcceptance acceptance, UnitNames units) {
		this.units = units;
		this.tallies = tallies;
		this.inputs = inputs;
		this.scores = scores;
		this.acceptance = acceptance;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void open(ExecutionContext context) {
		Object saved = context.get(TALLIES);
		tallies.restore(saved instanceof HashMap<?, ?> map ? (HashMap<Long, SurveyTally>) map : null);
	}

	@Override
	public void update(ExecutionContext context) {
		context.put(TALLIES, tallies.totals());
	}

	@Override
	public void write(Chunk<? extends ScoredRow> chunk) {
		tallies.add(chunk.getItems(), this);
	}

	@Override
	public void messages(long exportId, List<Message> messages) {
		// A row's unit as typed, named as the register names it.
		inputs.addMessages(exportId, messages.stream()
			.map(m -> m.unit() == null ? m : m.withUnit(units.canonical(m.unit()).orElse(m.unit())))
			.toList());
	}

	@Override
	public void finished(SurveyExport export, List<ScoreEntry> computed, List<Message> messages, boolean rejected) {
		inputs.addMessages(export.id(), messages);
		if (rejected) {
			acceptance.reject(export.id());
			return;
		}
		scores.insert(export.id(), computed);
	}

	@Override
	public String registered(SurveyExport export, String typed, String sheet, String cell, MessageLog log) {
		// The respondents' units as the register names them; unknown ones are warnings.
		return units.isEmpty() ? typed : new UnitMatch(units, log).of(typed, sheet, cell);
	}

	@Override
	public Optional<String> unitOfFileName(SurveyExport export) {
		return units.namedInFile(export.fileName());
	}

	@Override
	public boolean namesRegisteredUnit(String typed) {
		return !units.isEmpty() && (units.canonical(typed).isPresent() || !units.sharing(typed).isEmpty()
				|| !units.closest(typed).isEmpty());
	}

	@Override
	public boolean hasRegister() {
		return !units.isEmpty();
	}

	@Override
	public boolean hasUnitsBelow(String unit) {
		return units.hasUnitsBelow(unit);
	}

	@Override
	public void failed(SurveyExport export, String reason) {
		MessageLog log = new MessageLog(export.fileName());
		log.file(MessageCode.FILE_UNREADABLE, reason);
		inputs.addMessages(export.id(), log.messages());
		acceptance.reject(export.id());
	}
}
