package th.itabatch.runs;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import th.itabatch.validation.StatedFailure;

/**
 * Keeps Spring Batch from logging a {@link StatedFailure}'s stack trace: the unit's or department's
 * own line says it whole, where it is. A restyled template with a typo failed every unit of a run,
 * each with 54 lines of trace through the template check (a thousand units, 54,000 lines).
 */
@Component
class StatedFailureTraces extends TurboFilter implements DisposableBean {

	private static final String BATCH = "org.springframework.batch";

	private final LoggerContext context;

	StatedFailureTraces() {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		// Another logging system than Spring Boot's default (Logback) logs the traces as it does.
		this.context = factory instanceof LoggerContext logback ? logback : null;
		if (context != null) {
			start();
			context.addTurboFilter(this);
		}
	}

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		return t != null && level == Level.ERROR && logger.getName().startsWith(BATCH) && stated(t) ? FilterReply.DENY
				: FilterReply.NEUTRAL;
	}

	/** How deep a cause is looked for: a chain of causes can loop. */
	private static final int DEPTH = 16;

	private static boolean stated(Throwable t) {
		Throwable cause = t;
		for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
			if (cause instanceof StatedFailure) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void destroy() {
		if (context != null) {
			context.getTurboFilterList().remove(this);
		}
	}
}
