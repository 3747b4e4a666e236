package th.itabatch.inputs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import th.itabatch.files.StoredFolders;
import th.itabatch.validation.Message;
import th.itabatch.validation.Severity;

/** Every input received, where it stands, and the messages about it. */
@Repository
public class InputRepository {

	private static final RowMapper<Message> MESSAGE = (rs, n) -> new Message(Severity.valueOf(rs.getString("severity")),
			rs.getString("code"), rs.getString("file_name"), rs.getString("sheet_name"), rs.getString("cell_ref"),
			(Integer) rs.getObject("row_no"), rs.getString("message_th"), rs.getString("message_en"),
			rs.getString("unit"));

	private final JdbcClient jdbc;

	private final Clock clock;

	/** The folders the archived copies' and validation outputs' paths are stored relative to. */
	private final StoredFolders folders;

	InputRepository(JdbcClient jdbc, Clock clock, StoredFolders folders) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.folders = folders;
	}

	/** Records a new input, pending to be read. */
	public StoredInput insert(String sha256, String fileName, InputSource source, String sourcePath, String archivePath,
			long size, String receivedBy) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ita_input (sha256, file_name, source, source_path, archive_path, size_bytes, arrived_at,
				  received_by, status)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
			.params(sha256, fileName, source.name(), sourcePath, folders.archive().store(archivePath), size, Timestamp.valueOf(LocalDateTime.now(clock)),
					receivedBy)
			.update(key, "id");
		return find(key.getKey().longValue()).orElseThrow();
	}

	public Optional<StoredInput> find(long id) {
		return jdbc.sql("SELECT * FROM ita_input WHERE id = ?").param(id).query(this::input).optional();
	}

	public Optional<StoredInput> findBySha256(String sha256) {
		return jdbc.sql("SELECT * FROM ita_input WHERE sha256 = ?").param(sha256).query(this::input).optional();
	}

	/** Puts a rejected input back in the queue: what it refers to (a plan, a register) may have arrived since. */
	public void requeue(long id) {
		requeue(id, null);
	}

	/** Puts a rejected input back in the queue under the name it came with again, or its own where null. */
	public void requeue(long id, String fileName) {
		jdbc.sql("""
				UPDATE ita_input SET status = 'PENDING', file_name = COALESCE(CAST(? AS VARCHAR(32767)), file_name), job_instance_id = NULL, validation_report = NULL,
				  annotated_copy = NULL WHERE id = ?""").param(fileName).param(id).update();
		jdbc.sql("DELETE FROM ita_message WHERE input_id = ?").param(id).update();
	}

	/** The highest id of an input waiting to be read, if any. */
	public Optional<Long> lastPendingId() {
		return jdbc.sql("SELECT MAX(id) FROM ita_input WHERE status = 'PENDING'").query(Long.class).optional();
	}

	public List<StoredInput> pending(long upToId) {
		return jdbc.sql("SELECT * FROM ita_input WHERE status = 'PENDING' AND id <= ? ORDER BY id")
			.param(upToId)
			.query(this::input)
			.list();
	}

	/**
	 * Records what reading an input found, replacing what an earlier attempt of the same run
	 * recorded: its kinds, its status (REJECTED when it has errors, else PARSED) and its messages.
	 */
	public void recordRead(long id, long jobInstanceId, Collection<String> kinds, List<Message> messages) {
		boolean errors = messages.stream().anyMatch(Message::isError);
		jdbc.sql("DELETE FROM ita_message WHERE input_id = ?").param(id).update();
		jdbc.sql("UPDATE ita_input SET kinds = ?, status = ?, job_instance_id = ?, read_at = ? WHERE id = ?")
			.params(String.join(",", kinds), (errors ? InputStatus.REJECTED : InputStatus.PARSED).name(), jobInstanceId,
					Timestamp.valueOf(LocalDateTime.now(clock)), id)
			.update();
		addMessages(id, messages);
	}

	public void addMessages(long inputId, List<Message> messages) {
		int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM ita_message WHERE input_id = ?")
			.param(inputId)
			.query(Integer.class)
			.single();
		for (Message m : messages) {
			jdbc.sql("""
					INSERT INTO ita_message (input_id, seq, severity, code, file_name, sheet_name, cell_ref, row_no,
					  message_th, message_en, unit)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(inputId, ++seq, m.severity().name(), m.code(), m.file(), storable(m.sheet()), m.cell(), m.row(),
						storable(m.thai()), storable(m.english()), storable(m.unit()))
				.update();
		}
	}

	/**
	 * The text without NUL, which PostgreSQL's text refuses: a message may quote a cell as read, and a
	 * streamed survey export's cells are not cleaned the way a sheet's are.
	 */
	private static String storable(String text) {
		return text == null ? null : text.replace("\u0000", "");
	}

	/**
	 * The latest run that read any of the inputs, or 0: an input read again (against a register that
	 * came later) keeps its id but not its rows, so what a report is made from is its inputs and this.
	 */
	public long lastReading(List<Long> inputIds) {
		if (inputIds.isEmpty()) {
			return 0;
		}
		Long last = jdbc.sql("SELECT MAX(job_instance_id) FROM ita_input WHERE id IN (:ids)")
			.param("ids", inputIds)
			.query(Long.class)
			.optional()
			.orElse(null);
		return last == null ? 0 : last;
	}

	/** The ids of the inputs in use (read without errors and accepted), oldest first. */
	public List<Long> used() {
		return jdbc.sql("SELECT id FROM ita_input WHERE status = 'USED' ORDER BY id").query(Long.class).list();
	}

	/** The inputs a run read. */
	public List<StoredInput> readBy(long jobInstanceId) {
		return jdbc.sql("SELECT * FROM ita_input WHERE job_instance_id = ? ORDER BY id")
			.param(jobInstanceId)
			.query(this::input)
			.list();
	}

	/** The inputs of a kind that a run has read, with no errors found so far. */
	public List<StoredInput> readWithKind(long jobInstanceId, String kind) {
		return readBy(jobInstanceId).stream()
			.filter(i -> i.status() == InputStatus.PARSED && i.hasKind(kind))
			.toList();
	}

	/** The most recent inputs, newest first. */
	public List<StoredInput> recent(int limit) {
		return before(Long.MAX_VALUE, limit);
	}

	/** The inputs numbered below {@code id}, the newest first: the inputs page's next page. */
	public List<StoredInput> before(long id, int limit) {
		return jdbc.sql("SELECT * FROM ita_input WHERE id < ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
			.params(id, limit)
			.query(this::input)
			.list();
	}

	/** How many inputs were ever received. */
	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM ita_input").query(Long.class).single();
	}

	/** The warnings of each of the inputs that has some, in one query. */
	public Map<Long, Integer> warningCounts(Collection<Long> inputIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (!inputIds.isEmpty()) {
			jdbc.sql("""
					SELECT input_id, COUNT(*) FROM ita_message WHERE input_id IN (:ids) AND severity = 'WARNING'
					GROUP BY input_id""")
				.param("ids", inputIds)
				.query(rs -> {
					counts.put(rs.getLong(1), rs.getInt(2));
				});
		}
		return counts;
	}

	/** Those of the inputs that were given a message of the code, in one query. */
	public List<Long> withMessage(Collection<Long> inputIds, String code) {
		if (inputIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT DISTINCT input_id FROM ita_message WHERE input_id IN (:ids) AND code = :code ORDER BY input_id")
			.param("ids", inputIds)
			.param("code", code)
			.query(Long.class)
			.list();
	}

	public void setStatus(long inputId, InputStatus status) {
		jdbc.sql("UPDATE ita_input SET status = ? WHERE id = ?").params(status.name(), inputId).update();
	}

	public void setOutputs(long inputId, String validationReport, String annotatedCopy) {
		jdbc.sql("UPDATE ita_input SET validation_report = ?, annotated_copy = ? WHERE id = ?")
			.params(folders.output().store(validationReport), folders.output().store(annotatedCopy), inputId)
			.update();
	}

	public List<Message> messages(long inputId) {
		return jdbc.sql("""
				SELECT severity, code, file_name, sheet_name, cell_ref, row_no, message_th, message_en, unit
				FROM ita_message WHERE input_id = ? ORDER BY seq""")
			.param(inputId)
			.query(MESSAGE)
			.list();
	}

	/**
	 * A unit's warnings in the given inputs: those about it or about no unit, not those about the
	 * other units' rows of a workbook they share.
	 */
	public List<Message> warnings(String unit, List<Long> inputIds) {
		if (inputIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT m.severity, m.code, m.file_name, m.sheet_name, m.cell_ref, m.row_no, m.message_th, m.message_en,
				  m.unit
				FROM ita_message m WHERE m.input_id IN (:ids) AND m.severity = 'WARNING'
				  AND (m.unit IS NULL OR m.unit = :unit)
				ORDER BY m.input_id, m.seq""")
			.param("ids", inputIds)
			.param("unit", unit)
			.query(MESSAGE)
			.list();
	}

	/**
	 * The workbooks naming the unit that were refused since a time and not followed by a used input of
	 * the unit holding the same kind of data (one of the given inputs in use): what the unit has to
	 * mend, which its report says (a trial's report said "no scores in the data" where its scores
	 * workbook was refused).
	 */
	public List<Long> refusedToMend(String unit, LocalDateTime since, List<Long> inUse) {
		List<StoredInput> refused = jdbc.sql("""
				SELECT i.* FROM ita_input i WHERE i.status = 'REJECTED' AND i.arrived_at >= :since
				  AND EXISTS (SELECT 1 FROM ita_message m WHERE m.input_id = i.id AND m.unit = :unit)
				ORDER BY i.id""")
			.param("since", Timestamp.valueOf(since))
			.param("unit", unit)
			.query(this::input)
			.list();
		if (refused.isEmpty()) {
			return List.of(); // the inputs in use looked up only where something was refused: a thousand units' run
		}
		List<StoredInput> used = inUse.stream().map(this::find).flatMap(Optional::stream).toList();
		return refused.stream()
			.filter(input -> used.stream()
				.noneMatch(later -> later.id() > input.id()
						&& input.kinds() != null && Arrays.stream(input.kinds().split(",")).anyMatch(later::hasKind)))
			.map(StoredInput::id)
			.toList();
	}

	/** The errors of those refused workbooks ({@link #refusedToMend}) that concern the unit. */
	public List<Message> refusedErrors(String unit, List<Long> refused) {
		List<Message> errors = new ArrayList<>();
		for (long id : refused) {
			errors.addAll(jdbc.sql("""
					SELECT m.severity, m.code, m.file_name, m.sheet_name, m.cell_ref, m.row_no, m.message_th,
					  m.message_en, m.unit
					FROM ita_message m WHERE m.input_id = :id AND m.severity = 'ERROR' AND (m.unit IS NULL OR m.unit = :unit)
					ORDER BY m.seq""")
				.param("id", id)
				.param("unit", unit)
				.query(MESSAGE)
				.list());
		}
		return errors;
	}

	/**
	 * The units the messages of refused inputs among these name: a refused workbook is its units' to
	 * mend, and their reports say so.
	 */
	public List<String> unitsOfRefused(List<Long> inputIds) {
		if (inputIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT DISTINCT m.unit FROM ita_message m JOIN ita_input i ON i.id = m.input_id
				WHERE i.status = 'REJECTED' AND m.unit IS NOT NULL AND i.id IN (:ids)""")
			.param("ids", inputIds)
			.query(String.class)
			.list();
	}

	private StoredInput input(ResultSet rs, int row) throws SQLException {
		Timestamp arrived = rs.getTimestamp("arrived_at");
		return new StoredInput(rs.getLong("id"), rs.getString("sha256"), rs.getString("file_name"),
				InputSource.valueOf(rs.getString("source")), rs.getString("source_path"),
				folders.archive().resolve(rs.getString("archive_path")),
				rs.getLong("size_bytes"), arrived.toLocalDateTime(), rs.getString("received_by"),
				InputStatus.valueOf(rs.getString("status")), rs.getString("kinds"), (Long) rs.getObject("job_instance_id"),
				folders.output().resolve(rs.getString("validation_report")),
				folders.output().resolve(rs.getString("annotated_copy")));
	}
}
