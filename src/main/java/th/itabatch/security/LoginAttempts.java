package th.itabatch.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The login form's side of {@link LoginThrottle}: refuses a login of a locked user name or address
 * before its password is even checked, counts and logs every failure, and clears a user's failures
 * when they log in.
 */
class LoginAttempts extends OncePerRequestFilter implements AuthenticationFailureHandler, AuthenticationSuccessHandler {

	static final String LOGIN = "/login";

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private static final RequestMatcher LOGIN_POST = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, LOGIN);

	private final LoginThrottle throttle;

	private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();

	LoginAttempts(LoginThrottle throttle) {
		this.throttle = throttle;
		success.setDefaultTargetUrl("/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (LOGIN_POST.matches(request)) {
			String username = request.getParameter("username");
			Optional<Duration> locked = throttle.lockedFor(username, request.getRemoteAddr());
			if (locked.isPresent()) {
				log.warn("Login refused while locked: user \"{}\" from {} ({} left)", printable(username),
						request.getRemoteAddr(), locked.get());
				redirectLocked(request, response, locked.get());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		Optional<Duration> locked = throttle.failed(username, request.getRemoteAddr());
		// The password is never logged, whatever was typed into it.
		log.warn("Failed login: user \"{}\" from {}{}", printable(username), request.getRemoteAddr(),
				locked.map(d -> ", locked for " + d).orElse(""));
		if (locked.isPresent()) {
			redirectLocked(request, response, locked.get());
		}
		else {
			response.sendRedirect(request.getContextPath() + LOGIN + "?error");
		}
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		throttle.succeeded(authentication.getName());
		success.onAuthenticationSuccess(request, response, authentication);
	}

	/** To the login page, saying for how many minutes (rounded up) logging in is refused. */
	private static void redirectLocked(HttpServletRequest request, HttpServletResponse response, Duration locked)
			throws IOException {
		long minutes = Math.max(1, (locked.toSeconds() + 59) / 60);
		response.sendRedirect(request.getContextPath() + LOGIN + "?locked=" + minutes);
	}

	/** A user name as typed, made safe for one log line. */
	static String printable(String username) {
		if (username == null) {
			return "";
		}
		String line = username.replaceAll("\\p{Cntrl}", "?");
		return line.length() > 100 ? line.substring(0, 100) + "…" : line;
	}
}
