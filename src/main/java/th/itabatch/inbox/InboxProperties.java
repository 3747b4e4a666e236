package th.itabatch.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the input folder is watched ({@code ita.inbox.*}); the folder itself is {@code ita.input-dir}.
 *
 * @param enabled watch the input folder
 * @param settleSeconds a file is taken once its size and modification time have not changed for
 * this long (a file still being copied is left alone)
 * @param pollSeconds how often the folder is looked at
 */
@ConfigurationProperties("ita.inbox")
public record InboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3") int settleSeconds,
		@DefaultValue("2") int pollSeconds) {

	/** A folder looked at without a pause, or a file waited for a negative time, is no setting. */
	public InboxProperties {
		if (enabled && (pollSeconds < 1 || settleSeconds < 0)) {
			throw new IllegalArgumentException("ita.inbox.poll-seconds is at least 1 and ita.inbox.settle-seconds at least 0"
					+ " (given " + pollSeconds + " and " + settleSeconds + ")");
		}
	}
}
