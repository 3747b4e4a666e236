package th.itabatch.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * A form sent after its session expired (an upload chosen after lunch) fails the CSRF check as a
 * stranger's would, and was answered "you may not do this (editors only)" with no way on (a trial).
 * Sent without a live login, it leads to the login page, which says the session expired, and from
 * there back to the page the form was on, which says the form was not sent. Anything else denied
 * is the 403 page as before.
 */
final class ExpiredSessionHandler implements AccessDeniedHandler {

	/** The query parameter the login page and the form's page say "expired" by. */
	static final String EXPIRED = "expired";

	private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

	private final HttpSessionRequestCache cache = new HttpSessionRequestCache();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException why)
			throws IOException, ServletException {
		if (!(why instanceof CsrfException) || loggedIn()) {
			denied.handle(request, response, why);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals(LoginAttempts.LOGIN) || path.equals("/logout")) {
			// The login form itself left open too long: no page to return to but the one after logging in.
			response.sendRedirect(request.getContextPath() + LoginAttempts.LOGIN + "?" + EXPIRED);
			return;
		}
		// The page the form was on, asked for again after logging in (a GET of the form's address).
		cache.saveRequest(new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return "GET";
			}

			@Override
			public String getQueryString() {
				return EXPIRED;
			}

			// Nor the form's body's type: asked for again with an upload's multipart type, the page's GET
			// failed to be parsed as an upload, a bare "500" after logging in (a trial).
			@Override
			public String getContentType() {
				return null;
			}

			@Override
			public String getHeader(String name) {
				return isBodys(name) ? null : super.getHeader(name);
			}

			@Override
			public java.util.Enumeration<String> getHeaders(String name) {
				return isBodys(name) ? java.util.Collections.emptyEnumeration() : super.getHeaders(name);
			}

			@Override
			public java.util.Enumeration<String> getHeaderNames() {
				return java.util.Collections.enumeration(java.util.Collections.list(super.getHeaderNames())
					.stream()
					.filter(name -> !isBodys(name))
					.toList());
			}
		}, response);
		response.sendRedirect(request.getContextPath() + LoginAttempts.LOGIN + "?" + EXPIRED);
	}

	/** A header that describes the form's body, which the page asked for again has none of. */
	private static boolean isBodys(String header) {
		return header.equalsIgnoreCase("Content-Type") || header.equalsIgnoreCase("Content-Length");
	}

	private static boolean loggedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}
}
