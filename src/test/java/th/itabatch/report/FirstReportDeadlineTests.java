package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.itabatch.ItaApplicationTest;

/**
 * A month's report made again after its due date was still submitted on time: the deadline is judged
 * by the unit's first report of the month (a trial's April reports, made on 6 May and again in July,
 * turned "made late").
 */
@ItaApplicationTest
class FirstReportDeadlineTests {

	/** A month no other test reports. */
	private static final YearMonth MONTH = YearMonth.of(2019, 4);

	private static final String UNIT = "กองทดลองกำหนดส่ง";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StandingsRepository standings;

	@AfterEach
	void removeTheReports() {
		jdbc.sql("DELETE FROM ita_report WHERE unit = ?").param(UNIT).update();
	}

	@Test
	void aReportMadeAgainAfterTheDueDateKeepsTheFirstOnesStatus() {
		LocalDateTime first = LocalDateTime.of(2019, 5, 6, 9, 30);
		LocalDateTime again = LocalDateTime.of(2019, 7, 8, 17, 0);
		report(990_101, first, "88.00");
		report(990_102, again, "91.00");

		UnitStanding standing = standings.of(MONTH).get(UNIT);

		assertThat(standing.overall()).as("the figures are the latest report's").isEqualByComparingTo("91.00");
		assertThat(standing.reportMadeAt()).isEqualTo(first);
		LocalDate due = LocalDate.of(2019, 5, 10);
		assertThat(ReportStatus.of(standing.reportMadeAt(), due, LocalDate.of(2019, 7, 8))).isEqualTo(ReportStatus.ON_TIME);
	}

	private void report(long jobInstanceId, LocalDateTime madeAt, String overall) {
		jdbc.sql("""
				INSERT INTO ita_report (job_instance_id, inputs, unit, fiscal_year, report_month, file_path, history_path,
				  narrative, created_at, overall_score)
				VALUES (?, '', ?, 2562, ?, 'x.xlsx', 'h.xlsx', '', ?, ?)""")
			.params(jobInstanceId, UNIT, MONTH.toString(), java.sql.Timestamp.valueOf(madeAt), new java.math.BigDecimal(overall))
			.update();
	}
}
