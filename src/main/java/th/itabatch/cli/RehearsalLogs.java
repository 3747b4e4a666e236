package th.itabatch.cli;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps a rehearsal's own lines out of the service's log while it goes: its private application logs
 * as the service does ("COMMAND run: 60 unit(s) …", a made-up unit's report not made), which would
 * read as the service's runs of units nobody has. Its warnings and errors too: a rehearsal that fails
 * says why in one line of the warm-up's ({@link Rehearsal}). What the rehearsal's thread and the
 * threads it starts (its application's pools) log is told apart by a flag they inherit.
 */
final class RehearsalLogs extends TurboFilter implements AutoCloseable {

	/** The flag of the rehearsal a thread was started under; false once it has ended, for a pool's thread outliving it. */
	private static final InheritableThreadLocal<AtomicBoolean> REHEARSING = new InheritableThreadLocal<>();

	private final LoggerContext context;

	private final AtomicBoolean active = new AtomicBoolean(true);

	private RehearsalLogs(LoggerContext context) {
		this.context = context;
	}

	/** Quiets what this thread and those it starts log, until closed. */
	static RehearsalLogs quiet() {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		RehearsalLogs logs = new RehearsalLogs(factory instanceof LoggerContext logback ? logback : null);
		REHEARSING.set(logs.active);
		if (logs.context != null) {
			logs.start();
			logs.context.addTurboFilter(logs);
		}
		return logs;
	}

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		AtomicBoolean rehearsing = REHEARSING.get();
		return rehearsing != null && rehearsing.get() ? FilterReply.DENY : FilterReply.NEUTRAL;
	}

	@Override
	public void close() {
		active.set(false);
		REHEARSING.remove();
		if (context != null) {
			context.getTurboFilterList().remove(this);
		}
	}
}
