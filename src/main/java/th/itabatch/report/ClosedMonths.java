package th.itabatch.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

import th.itabatch.plan.ReportedMonths;

/** The months whose report a unit has, their due date past: what progress arriving late is told against. */
@Component
class ClosedMonths implements ReportedMonths {

	private final ReportRepository reports;

	private final ReportProperties properties;

	private final Clock clock;

	ClosedMonths(ReportRepository reports, ReportProperties properties, Clock clock) {
		this.reports = reports;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public boolean closed(String unit, YearMonth month) {
		// The date first: a month not yet due is the one a run reports now, and asks nothing of the database.
		return LocalDate.now(clock).isAfter(Deadline.dueDate(month, properties.dueDay())) && reports.hasReport(unit, month);
	}
}
