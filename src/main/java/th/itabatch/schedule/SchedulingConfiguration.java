package th.itabatch.schedule;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import th.itabatch.inbox.ArrivalListener;
import th.itabatch.runs.RunCoordinator;

/** Scheduling, and the recovery of interrupted runs when the application starts. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

	/** Without the schedule, arrivals wait for the next run that is asked for. */
	@Bean
	@ConditionalOnProperty(name = "ita.schedule.enabled", havingValue = "false")
	ArrivalListener noArrivalRuns() {
		return (List<Long> ids) -> {
		};
	}

	/** A run that a crash or {@code kill -9} interrupted is finished before anything else. */
	@Bean
	ApplicationRunner recoverInterruptedRuns(RunCoordinator coordinator) {
		return (ApplicationArguments args) -> coordinator.recoverInterrupted();
	}
}
