package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A page asked for while the database cannot be reached: a trial's every page was Tomcat's bare
 * English "HTTP Status 500". Any other failure goes on as before.
 */
class DatabaseDownFilterTests {

	private final DatabaseDownFilter filter = new DatabaseDownFilter();

	@Test
	void aDatabaseThatCannotBeReachedIsSaidInThaiAndEnglish() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		// As the pool wraps the driver's "Connection refused" (SQL state 08001).
		filter.doFilter(new MockHttpServletRequest("GET", "/login"), response, (request, ignored) -> {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLTransientConnectionException("pool", null, new SQLException("Connection refused", "08001")));
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(response.getContentAsString()).contains("ระบบติดต่อฐานข้อมูลไม่ได้ชั่วคราว", "The database cannot be reached")
			.doesNotContain("Exception", "08001");
	}

	@Test
	void anyOtherFailureIsLeftToTheErrorPage() {
		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
				(request, ignored) -> {
					throw new SQLFailure(new SQLException("syntax error", "42601"));
				})).isInstanceOf(SQLFailure.class);
	}

	private static final class SQLFailure extends RuntimeException {

		SQLFailure(Throwable cause) {
			super(cause);
		}
	}
}
