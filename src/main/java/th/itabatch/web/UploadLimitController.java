package th.itabatch.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The answer to an upload over the size limits (413): the limits in MB and the way round them, the
 * input folder, which takes files of any size. Its own address, so the language switch works on it.
 */
@Controller
class UploadLimitController {

	static final String PATH = "/inputs/too-large";

	static final String VIEW = "too-large";

	private final UploadLimits limits;

	UploadLimitController(UploadLimits limits) {
		this.limits = limits;
	}

	@GetMapping(PATH)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(Model model) {
		return page(model, limits);
	}

	static String page(Model model, UploadLimits limits) {
		model.addAttribute("maxFileMb", limits.fileMegabytes());
		model.addAttribute("maxRequestMb", limits.requestMegabytes());
		return VIEW;
	}
}
