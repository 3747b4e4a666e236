package th.itabatch.monthly;

import java.io.IOException;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import th.itabatch.report.ReportRepository;
import th.itabatch.report.ReportWorkbookWriter;

/**
 * Writes each report file (atomically) and records it. Should the transaction fail after the file
 * was written, the restart writes the same file again over it: the name depends only on the unit
 * and month.
 */
class ReportFileWriter implements ItemWriter<PreparedReport> {

	private final long run;

	private final ReportWorkbookWriter workbooks;

	private final ReportRepository reports;

	ReportFileWriter(long run, ReportWorkbookWriter workbooks, ReportRepository reports) {
		this.run = run;
		this.workbooks = workbooks;
		this.reports = reports;
	}

	@Override
	public void write(Chunk<? extends PreparedReport> chunk) throws IOException {
		for (PreparedReport prepared : chunk) {
			workbooks.write(prepared.report(), prepared.target());
			reports.save(run, prepared.report(), prepared.target().toAbsolutePath().toString());
		}
	}
}
