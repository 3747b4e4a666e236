package th.itabatch.monthly;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;

import th.itabatch.ingest.InputStatus;
import th.itabatch.ingest.StoredInput;
import th.itabatch.report.ReportRepository.StoredReport;
import th.itabatch.validation.Message;

/**
 * What a run did: its status, the month it reported on, each input with its messages, and the
 * reports it wrote.
 *
 * @param jobInstanceId the run's job instance
 * @param status how the job ended
 * @param failures why it failed, if it did
 * @param month the report month, or {@code null} when the run stopped before choosing it
 * @param monthChosen true when the month was chosen from the inputs rather than asked for
 * @param inputs the inputs read
 * @param messages the messages of each input, by input id
 * @param reports the reports written
 */
public record RunSummary(long jobInstanceId, BatchStatus status, List<String> failures, YearMonth month,
		boolean monthChosen, List<StoredInput> inputs, Map<Long, List<Message>> messages, List<StoredReport> reports) {

	/** Exit code of the one-shot command: 0 all inputs used, 2 some rejected, 1 the run failed. */
	public int exitCode() {
		if (status != BatchStatus.COMPLETED) {
			return 1;
		}
		return inputs.stream().anyMatch(i -> i.status() == InputStatus.REJECTED) ? 2 : 0;
	}
}
