package th.itabatch.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.itabatch.settings.DatabaseReach;
import th.itabatch.validation.PlainReason;

/**
 * Answers a request the database cannot serve, while it cannot be reached, with a page in Thai and
 * English that says so and to try again shortly (503): a trial's every page, the login's too, was
 * Tomcat's bare English "HTTP Status 500", and the log two stack traces a request. Placed before the
 * session filter, which needs the database first. The log says it once a minute, in a line.
 */
class DatabaseDownFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseDownFilter.class);

	private static final long LOG_EVERY_NANOS = 60_000_000_000L;

	static final String PAGE = """
			<!DOCTYPE html>
			<html lang="th"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
			<meta http-equiv="refresh" content="30"><title>ITA Batch</title></head>
			<body style="font-family: 'TH Sarabun New', Sarabun, sans-serif; font-size: 20px; margin: 2em">
			<h1>ระบบติดต่อฐานข้อมูลไม่ได้ชั่วคราว</h1>
			<p>กรุณารอสักครู่แล้วลองใหม่ หน้านี้จะลองอีกครั้งเองทุก 30 วินาที ข้อมูลและไฟล์ที่ส่งไว้แล้วไม่สูญหาย
			หากยังเป็นเช่นนี้ ให้แจ้งผู้ดูแลระบบ</p>
			<p lang="en">The database cannot be reached just now. Please wait a moment and try again; this page tries again
			every 30 seconds. Nothing sent before is lost. If it goes on, tell the administrator.</p>
			</body></html>
			""";

	private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseReach.unreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			long now = System.nanoTime();
			long last = lastLogged.get();
			if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
				log.warn("The database cannot be reached; pages say so until it can: {}", PlainReason.of(ex));
			}
			response.reset();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "30");
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(PAGE);
		}
	}
}
