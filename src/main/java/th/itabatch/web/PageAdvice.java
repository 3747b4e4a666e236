package th.itabatch.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/** What every page needs: links to itself in the other language; and a friendly refusal of a too large upload. */
@ControllerAdvice
class PageAdvice {

	@ModelAttribute
	void languageLinks(HttpServletRequest request, Model model) {
		String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		model.addAttribute("thaiLink", withLang(here, "th"));
		model.addAttribute("englishLink", withLang(here, "en"));
	}

	private static String withLang(String here, String lang) {
		return UriComponentsBuilder.fromUriString(here).replaceQueryParam("lang", lang).build().toUriString();
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("tooLarge", true);
		return "redirect:/inputs";
	}
}
