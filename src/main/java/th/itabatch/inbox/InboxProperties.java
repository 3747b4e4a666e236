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

	/** A file taken the moment it is seen is taken half-copied (a trial's, refused as damaged, then read again). */
	public InboxProperties {
		if (settleSeconds < 1 || pollSeconds < 1) {
			throw new IllegalArgumentException("ita.inbox.settle-seconds and ita.inbox.poll-seconds are at least 1 (given "
					+ settleSeconds + " and " + pollSeconds + "): a file still being copied would be taken half-written");
		}
	}
}
