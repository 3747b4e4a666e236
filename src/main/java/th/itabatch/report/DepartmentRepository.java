package th.itabatch.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import th.itabatch.files.StoredFolder;
import th.itabatch.files.StoredFolders;

/** The department reports produced by each run, with their documents. */
@Repository
public class DepartmentRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	/** The output folder the documents' paths are stored relative to. */
	private final StoredFolder output;

	DepartmentRepository(JdbcClient jdbc, Clock clock, StoredFolders folders) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.output = folders.output();
	}

	/**
	 * A department report as stored.
	 *
	 * @param id its row id
	 * @param jobInstanceId the run that wrote it
	 * @param code the department's code
	 * @param name the department's name
	 * @param month the report month
	 * @param createdAt when it was written
	 * @param units how many units it reports on
	 * @param passed how many of them pass their round's target
	 * @param mean their mean overall, or {@code null} when none has scores
	 */
	public record StoredDepartmentReport(long id, long jobInstanceId, String code, String name, YearMonth month,
			LocalDateTime createdAt, int units, int passed, BigDecimal mean) {
	}

	/** Stores a department report and its documents, replacing what an earlier attempt of the same run stored. */
	public void save(long jobInstanceId, DepartmentReport report, String inputs,
			List<ReportRepository.Document> documents) {
		jdbc.sql("DELETE FROM ita_department_report WHERE job_instance_id = ?").param(jobInstanceId).update();
		DepartmentReport.RollUp all = report.summary();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ita_department_report (job_instance_id, inputs, department_code, department_name, fiscal_year,
				  report_month, unit_count, scored_count, passed_count, mean_overall, narrative, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(jobInstanceId, inputs, report.code(), report.name(), report.fiscalYear(), report.month().toString(),
					all.units(), all.scored(), all.passed(), all.mean(), report.narrative(),
					Timestamp.valueOf(LocalDateTime.now(clock)))
			.update(key, "id");
		long id = key.getKey().longValue();
		int seq = 0;
		for (ReportRepository.Document document : documents) {
			jdbc.sql("""
					INSERT INTO ita_department_file (department_report_id, seq, template_name, file_path, history_path)
					VALUES (?, ?, ?, ?, ?)""")
				.params(id, ++seq, document.template(), output.store(document.file()), output.store(document.historyFile()))
				.update();
		}
	}

	/** The department report a run wrote, if it wrote one. */
	public Optional<StoredDepartmentReport> ofRun(long jobInstanceId) {
		return jdbc.sql(SELECT + " WHERE job_instance_id = ?").param(jobInstanceId).query(DepartmentRepository::report).optional();
	}

	/** The latest report of a department for a month. */
	public Optional<StoredDepartmentReport> latest(String code, YearMonth month) {
		return jdbc.sql(SELECT + " WHERE department_code = ? AND report_month = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.params(code, month.toString())
			.query(DepartmentRepository::report)
			.optional();
	}

	public Optional<StoredDepartmentReport> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(DepartmentRepository::report).optional();
	}

	/** Every department report written, newest first. */
	public List<StoredDepartmentReport> history(int limit) {
		return jdbc.sql(SELECT + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
			.param(limit)
			.query(DepartmentRepository::report)
			.list();
	}

	/** The documents of a department report, its main file first. */
	public List<ReportRepository.Document> documents(long id) {
		return documents(List.of(id)).getOrDefault(id, List.of());
	}

	/** The documents of each department report, main file first, in one query (the reports page lists many). */
	public Map<Long, List<ReportRepository.Document>> documents(List<Long> ids) {
		Map<Long, List<ReportRepository.Document>> byReport = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("""
					SELECT department_report_id, template_name, file_path, history_path FROM ita_department_file
					WHERE department_report_id IN (:ids) ORDER BY department_report_id, seq""")
				.param("ids", ids)
				.query(rs -> {
					byReport.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new ReportRepository.Document(rs.getString(2), output.resolve(rs.getString(3)),
								output.resolve(rs.getString(4))));
				});
		}
		return byReport;
	}

	private static final String SELECT = """
			SELECT id, job_instance_id, department_code, department_name, report_month, created_at, unit_count,
			  passed_count, mean_overall
			FROM ita_department_report""";

	private static StoredDepartmentReport report(ResultSet rs, int row) throws SQLException {
		return new StoredDepartmentReport(rs.getLong("id"), rs.getLong("job_instance_id"), rs.getString("department_code"),
				rs.getString("department_name"), YearMonth.parse(rs.getString("report_month")),
				rs.getTimestamp("created_at").toLocalDateTime(), rs.getInt("unit_count"), rs.getInt("passed_count"),
				rs.getBigDecimal("mean_overall"));
	}
}
