package th.itabatch.ingest;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import th.itabatch.validation.Message;
import th.itabatch.validation.Severity;

/** The inputs of each run and the messages about them. */
@Repository
public class InputRepository {

	private static final RowMapper<Message> MESSAGE = (rs, n) -> new Message(Severity.valueOf(rs.getString("severity")),
			rs.getString("code"), rs.getString("file_name"), rs.getString("sheet_name"), rs.getString("cell_ref"),
			(Integer) rs.getObject("row_no"), rs.getString("message_th"), rs.getString("message_en"));

	private final JdbcClient jdbc;

	InputRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a workbook read in a run, replacing what an earlier attempt of the same run stored for
	 * the same file (a restart must not duplicate rows).
	 */
	public long save(long jobInstanceId, WorkbookContent content, String sourcePath, String archivePath) {
		jdbc.sql("DELETE FROM ita_input WHERE job_instance_id = ? AND file_name = ?")
			.params(jobInstanceId, content.fileName())
			.update();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ita_input (job_instance_id, file_name, source_path, archive_path, sha256, size_bytes, kinds,
				  status, read_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(jobInstanceId, content.fileName(), sourcePath, archivePath, content.sha256(), content.size(),
					content.kinds().stream().map(Enum::name).collect(Collectors.joining(",")),
					(content.hasErrors() ? InputStatus.REJECTED : InputStatus.PARSED).name(),
					Timestamp.valueOf(LocalDateTime.now()))
			.update(key, "id");
		long id = key.getKey().longValue();
		addMessages(id, content.messages());
		return id;
	}

	public void addMessages(long inputId, List<Message> messages) {
		Integer next = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM ita_message WHERE input_id = ?")
			.param(inputId)
			.query(Integer.class)
			.single();
		int seq = next;
		for (Message m : messages) {
			jdbc.sql("""
					INSERT INTO ita_message (input_id, seq, severity, code, file_name, sheet_name, cell_ref, row_no,
					  message_th, message_en)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(inputId, ++seq, m.severity().name(), m.code(), m.file(), m.sheet(), m.cell(), m.row(), m.thai(),
						m.english())
				.update();
		}
	}

	public List<StoredInput> inputs(long jobInstanceId) {
		return jdbc.sql("""
				SELECT id, file_name, source_path, archive_path, status, validation_report, annotated_copy
				FROM ita_input WHERE job_instance_id = ? ORDER BY file_name""")
			.param(jobInstanceId)
			.query((rs, n) -> new StoredInput(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					InputStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)))
			.list();
	}

	public void setStatus(long inputId, InputStatus status) {
		jdbc.sql("UPDATE ita_input SET status = ? WHERE id = ?").params(status.name(), inputId).update();
	}

	/** Marks every input of the run still PARSED as USED. */
	public void useParsed(long jobInstanceId) {
		jdbc.sql("UPDATE ita_input SET status = 'USED' WHERE job_instance_id = ? AND status = 'PARSED'")
			.param(jobInstanceId)
			.update();
	}

	/** Forgets what a rejected workbook contained; only the input row and its messages stay. */
	public void deleteContent(long inputId) {
		jdbc.sql("DELETE FROM ita_score WHERE input_id = ?").param(inputId).update();
		jdbc.sql("DELETE FROM ita_plan WHERE input_id = ?").param(inputId).update();
		jdbc.sql("DELETE FROM ita_progress WHERE input_id = ?").param(inputId).update();
	}

	public void setOutputs(long inputId, String validationReport, String annotatedCopy) {
		jdbc.sql("UPDATE ita_input SET validation_report = ?, annotated_copy = ? WHERE id = ?")
			.params(validationReport, annotatedCopy, inputId)
			.update();
	}

	public List<Message> messages(long inputId) {
		return jdbc.sql("""
				SELECT severity, code, file_name, sheet_name, cell_ref, row_no, message_th, message_en
				FROM ita_message WHERE input_id = ? ORDER BY seq""")
			.param(inputId)
			.query(MESSAGE)
			.list();
	}

	/** The warnings of the inputs used in a run that hold data of the unit. */
	public List<Message> warningsForUnit(long jobInstanceId, String unit) {
		return jdbc.sql("""
				SELECT m.severity, m.code, m.file_name, m.sheet_name, m.cell_ref, m.row_no, m.message_th, m.message_en
				FROM ita_message m JOIN ita_input i ON i.id = m.input_id
				WHERE i.job_instance_id = ? AND i.status = 'USED' AND m.severity = 'WARNING'
				  AND (EXISTS (SELECT 1 FROM ita_score s WHERE s.input_id = i.id AND s.unit = ?)
				    OR EXISTS (SELECT 1 FROM ita_plan p WHERE p.input_id = i.id AND p.unit = ?)
				    OR EXISTS (SELECT 1 FROM ita_progress g WHERE g.input_id = i.id AND g.unit = ?))
				ORDER BY i.file_name, m.seq""")
			.params(jobInstanceId, unit, unit, unit)
			.query(MESSAGE)
			.list();
	}
}
