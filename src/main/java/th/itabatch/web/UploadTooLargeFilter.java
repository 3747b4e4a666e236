package th.itabatch.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartResolver;

/**
 * Answers an upload over the size limits with the application's own page. Tomcat refuses such a
 * request as soon as anything reads its parameters, and the first to do so is the CSRF check, well
 * before Spring MVC: the request then ends in Tomcat's bare "HTTP Status 413". So this filter, placed
 * before Spring Security, reads the upload first and, when it is too large, forwards to
 * {@link UploadLimitController}'s page as a plain GET whose body is never read again.
 */
class UploadTooLargeFilter extends OncePerRequestFilter {

	private final MultipartResolver multipart;

	UploadTooLargeFilter(MultipartResolver multipart) {
		this.multipart = multipart;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (HttpMethod.POST.matches(request.getMethod()) && multipart.isMultipart(request)) {
			try {
				// Parses the parts now; the container keeps them for the request, so nothing is read twice.
				multipart.resolveMultipart(request);
			}
			catch (MaxUploadSizeExceededException ex) {
				request.getRequestDispatcher(UploadLimitController.PATH).forward(new Unreadable(request), response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** The refused upload as a GET without body, parameters or parts, so nothing tries to read it again. */
	private static final class Unreadable extends HttpServletRequestWrapper {

		Unreadable(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}
	}
}
