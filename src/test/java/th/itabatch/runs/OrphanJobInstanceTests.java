package th.itabatch.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.util.FileSystemUtils;

import th.itabatch.ItaApplicationTest;
import th.itabatch.cli.OneShotRun;
import th.itabatch.monthly.MonthlyReportJobConfiguration;

/**
 * A process killed between Spring Batch's creation of a job instance and of its first execution
 * (two transactions) leaves an instance that never ran; the next launch of it runs it, where Spring
 * Batch alone would refuse ("Cannot find any job execution"). KilledRunRecoveryTests met it once.
 */
@ItaApplicationTest
class OrphanJobInstanceTests {

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private JobLaunches launches;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	@Qualifier(MonthlyReportJobConfiguration.JOB_NAME)
	private Job reportJob;

	@Test
	void anInstanceLeftWithoutAnExecutionIsRunWhenLaunchedAgain(@TempDir Path work) throws Exception {
		Path input = work.resolve("input");
		FileSystemUtils.copyRecursively(Path.of("input"), input);
		RunOutcome outcome = oneShot.run(input, work.resolve("output"), Optional.empty()).outcome();
		long reported = outcome.units().get(0).jobInstanceId();
		JobExecution made = jobRepository.getLastJobExecution(jobRepository.getJobInstance(reported));
		JobParameters again = new JobParametersBuilder(made.getJobParameters()).addLong(RunCoordinator.REMADE, 42L)
			.toJobParameters();
		jobRepository.createJobInstance(reportJob.getName(), again);

		JobLaunches.Launch launch = launches.launch(reportJob, again);

		assertThat(launch.alreadyDone()).isFalse();
		assertThat(launch.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	/**
	 * A job a crash left running, completed by the next run's recovery, is counted by that run as made,
	 * not as unchanged since its report: a restart's run said "56 reported, 4 unchanged" where it had
	 * made every report, and printed no path for the four (a trial).
	 */
	@Test
	void aJobCompletedByTheRecoveryIsMadeNowToTheRunThatLaunchesIt(@TempDir Path work) throws Exception {
		Path input = work.resolve("input");
		FileSystemUtils.copyRecursively(Path.of("input"), input);
		RunOutcome outcome = oneShot.run(input, work.resolve("output"), Optional.empty()).outcome();
		JobExecution made = jobRepository.getLastJobExecution(jobRepository.getJobInstance(outcome.units().get(0).jobInstanceId()));
		JobParameters again = new JobParametersBuilder(made.getJobParameters()).addLong(RunCoordinator.REMADE, 43L)
			.toJobParameters();
		// As a process killed mid-report leaves it: an execution marked as running.
		JobExecution left = jobRepository.createJobExecution(jobRepository.createJobInstance(reportJob.getName(), again),
				again, new org.springframework.batch.infrastructure.item.ExecutionContext());
		left.setStatus(BatchStatus.STARTED);
		left.setStartTime(java.time.LocalDateTime.now());
		jobRepository.update(left);

		assertThat(launches.recover(reportJob)).extracting(JobExecution::getStatus).containsExactly(BatchStatus.COMPLETED);

		assertThat(launches.launch(reportJob, again).alreadyDone()).as("completed by the recovery: made in this run").isFalse();
		assertThat(launches.launch(reportJob, again).alreadyDone()).as("and made before, to a later run").isTrue();
	}

	@Autowired
	private UnitReporter reporter;

	@Autowired
	private RunCoordinator coordinator;

	/**
	 * A report a restart's report threads made from the killed run's queue, before the catch-up run
	 * found it made, is counted by that run as made, not as unchanged: "38 reported, 22 unchanged"
	 * where 40 were made (a crash trial).
	 */
	@Test
	void aReportMadeSinceTheLastRunLineCountsAsMadeInTheNextOne(@TempDir Path work) throws Exception {
		Path input = work.resolve("input");
		FileSystemUtils.copyRecursively(Path.of("input"), input);
		UnitRun first = oneShot.run(input, work.resolve("output"), Optional.empty()).outcome().units().get(0);
		Path elsewhere = work.resolve("elsewhere");
		// As a report thread takes a unit left in a killed run's queue: no run line of its own.
		UnitRun before = reporter.reportAlone(first.unit(), Optional.of(first.month()), elsewhere, RunTrigger.RECOVERY);
		assertThat(before.alreadyDone()).isFalse();

		coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.of(first.month()), java.util.List.of(first.unit()), null,
				elsewhere));

		assertThat(coordinator.lastManual()).satisfies(outcome -> {
			assertThat(outcome.reported()).as("made since the last run line").isEqualTo(1);
			assertThat(outcome.unchanged()).isZero();
		});
		coordinator.run(new RunRequest(RunTrigger.MANUAL, Optional.of(first.month()), java.util.List.of(first.unit()), null,
				elsewhere));
		assertThat(coordinator.lastManual().unchanged()).as("and unchanged to the run after").isEqualTo(1);
	}
}
