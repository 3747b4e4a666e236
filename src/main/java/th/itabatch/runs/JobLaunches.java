package th.itabatch.runs;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Launches a job instance once: a new instance starts; a completed one is not run again; a failed
 * one, or one left running by a process that died, is restarted and goes on where it stopped.
 */
@Component
class JobLaunches {

	private static final Logger log = LoggerFactory.getLogger(JobLaunches.class);

	private static final Set<BatchStatus> LEFT_RUNNING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED,
			BatchStatus.STOPPING, BatchStatus.UNKNOWN);

	private final JobOperator jobOperator;

	/** Launches ended in this process: a change in the run history that pages may key their readings on. */
	private final AtomicLong ended = new AtomicLong();

	/** Job executions this process has started or restarted (not those found completed). */
	private final AtomicLong started = new AtomicLong();

	private final JobRepository jobRepository;

	/** The instances this process's recovery completed, until a run's launch of each finds it so. */
	private final Set<Long> finishedByRecovery = ConcurrentHashMap.newKeySet();

	JobLaunches(JobOperator jobOperator, JobRepository jobRepository) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
	}

	/**
	 * A launch, and whether the instance had completed before it.
	 *
	 * @param execution the execution that ran, or the completed one
	 * @param alreadyDone true when the instance had completed and nothing ran
	 */
	public record Launch(JobExecution execution, boolean alreadyDone) {
	}

	/**
	 * Runs the instance the parameters identify, unless it completed before. Callers may launch
	 * different instances at once (a run's report threads, one unit each); never the same instance
	 * twice at once, which the repository would answer with an already-running error.
	 */
	public Launch launch(Job job, JobParameters parameters) throws Exception {
		try {
			return launchOnce(job, parameters);
		}
		finally {
			ended.incrementAndGet();
		}
	}

	/**
	 * How many job executions this process has started or restarted so far: a launch that found its
	 * instance completed does nothing and is not counted.
	 */
	long started() {
		return started.get();
	}

	/** How many launches and recoveries have ended in this process. */
	long ended() {
		return ended.get();
	}

	private Launch launchOnce(Job job, JobParameters parameters) throws Exception {
		JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
		if (last == null) {
			JobInstance orphan = jobRepository.getJobInstance(job.getName(), parameters);
			if (orphan != null) {
				// Spring Batch creates an instance and its first execution in two transactions: a process
				// killed between them leaves an instance that never ran, which it refuses to start. Nothing
				// of it ran, so it goes and the job starts anew.
				log.info("Run {} of {} was created by a process that stopped before it ran; starting it anew",
						orphan.getInstanceId(), job.getName());
				jobRepository.deleteJobInstance(orphan);
			}
			started.incrementAndGet();
			return new Launch(jobOperator.start(job, parameters), false);
		}
		if (last.getStatus() == BatchStatus.COMPLETED) {
			// Completed by this process's recovery at the run's start, it was made now, not before: a
			// restart's run said "56 reported, 4 unchanged" where it had made all 60 (a trial).
			return new Launch(last, !finishedByRecovery.remove(last.getJobInstanceId()));
		}
		started.incrementAndGet();
		return new Launch(restart(last), false);
	}

	/** Restarts every instance of the job that a process left running when it died. */
	public List<JobExecution> recover(Job job) throws Exception {
		List<JobExecution> restarted = new java.util.ArrayList<>();
		for (JobExecution stale : jobRepository.findRunningJobExecutions(job.getName())) {
			try {
				started.incrementAndGet();
				JobExecution execution = restart(stale);
				if (execution.getStatus() == BatchStatus.COMPLETED) {
					finishedByRecovery.add(execution.getJobInstanceId());
				}
				restarted.add(execution);
			}
			finally {
				ended.incrementAndGet();
			}
		}
		return restarted;
	}

	/** Whether any of the jobs has an execution marked as running. */
	boolean anyRunning(Job... jobs) {
		for (Job job : jobs) {
			if (!jobRepository.findRunningJobExecutions(job.getName()).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private JobExecution restart(JobExecution last) throws Exception {
		JobExecution restartable = last;
		if (LEFT_RUNNING.contains(last.getStatus())) {
			log.info("Run {} of {} was left {} by a process that stopped; recovering it", last.getJobInstanceId(),
					last.getJobInstance().getJobName(), last.getStatus());
			restartable = jobOperator.recover(last);
		}
		log.info("Restarting run {} of {} where it stopped", last.getJobInstanceId(), last.getJobInstance().getJobName());
		return jobOperator.restart(restartable);
	}
}
