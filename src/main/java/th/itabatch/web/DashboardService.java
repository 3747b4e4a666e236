package th.itabatch.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import th.itabatch.monthly.UnitDataLoader;
import th.itabatch.monthly.UnitReportBuilder;
import th.itabatch.report.Deadline;
import th.itabatch.report.MonthlyReport;
import th.itabatch.report.ReportProperties;
import th.itabatch.report.ReportRepository;
import th.itabatch.report.ReportRepository.StoredReport;

/** Builds the dashboards from the units' current data, as the report job would report it. */
@Component
class DashboardService {

	private final UnitDataLoader units;

	private final UnitReportBuilder builder;

	private final ReportRepository reports;

	private final ReportProperties properties;

	private final Clock clock;

	DashboardService(UnitDataLoader units, UnitReportBuilder builder, ReportRepository reports,
			ReportProperties properties, Clock clock) {
		this.units = units;
		this.builder = builder;
		this.reports = reports;
		this.properties = properties;
		this.clock = clock;
	}

	List<String> units() {
		return units.units(null);
	}

	Deadline deadline() {
		return Deadline.at(LocalDate.now(clock), properties.dueDay());
	}

	UnitDashboard dashboard(String unit) {
		YearMonth month = units.chooseMonth(unit);
		MonthlyReport report = builder.build(unit, month).report();
		Deadline deadline = deadline();
		List<StoredReport> history = reports.history(unit, 50);
		StoredReport forDeadline = history.stream()
			.filter(r -> r.month().equals(deadline.reportMonth()))
			.findFirst()
			.orElse(null);
		return new UnitDashboard(unit, month, report, report.scores() == null ? null : ScoreChart.of(report.scores()),
				TrendChart.of(report.trend()),
				report.scores() == null ? List.of()
						: report.scores().byRank().stream().filter(r -> r.rank() <= 2).toList(),
				deadline, forDeadline, history);
	}
}
