package th.itabatch.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page needs: links to itself in the other language, the signed-in user's name; and
 * the page answering a too large upload.
 */
@ControllerAdvice
class PageAdvice {

	private final UploadLimits limits;

	PageAdvice(UploadLimits limits) {
		this.limits = limits;
	}

	@ModelAttribute
	void languageLinks(HttpServletRequest request, Model model) {
		String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		model.addAttribute("thaiLink", withLang(here, "th"));
		model.addAttribute("englishLink", withLang(here, "en"));
		signedIn(request, model);
	}

	/**
	 * The signed-in user's name for the page's header, or none for someone not signed in. Read once
	 * per page from the request: the header's {@code sec:authorize} parsed and evaluated a security
	 * expression at every page, a tenth of a page's rendering under load.
	 */
	private static void signedIn(HttpServletRequest request, Model model) {
		model.addAttribute("userName", request.getRemoteUser());
	}

	private static String withLang(String here, String lang) {
		return UriComponentsBuilder.fromUriString(here).replaceQueryParam("lang", lang).build().toUriString();
	}

	/**
	 * An upload found too large only when Spring MVC reads it (the filter catches the usual case
	 * first): the same page, its language links pointing at the page's own address.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(HttpServletRequest request, Model model) {
		signedIn(request, model);
		model.addAttribute("thaiLink", withLang(UploadLimitController.PATH, "th"));
		model.addAttribute("englishLink", withLang(UploadLimitController.PATH, "en"));
		return UploadLimitController.page(model, limits);
	}
}
