package th.itabatch.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When runs happen by themselves ({@code ita.schedule.*}).
 *
 * @param enabled run on the monthly schedule and when inputs arrive
 * @param monthlyCron the monthly run (Spring cron: second minute hour day month weekday); it reports
 * on the previous month
 * @param debounceSeconds a run starts this long after the last of a batch of arrivals
 */
@ConfigurationProperties("ita.schedule")
public record ScheduleProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("0 0 6 1 * *") String monthlyCron, @DefaultValue("5") int debounceSeconds) {
}
