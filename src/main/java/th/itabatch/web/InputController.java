package th.itabatch.web;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.itabatch.inbox.ArrivalListener;
import th.itabatch.inbox.Inbox;
import th.itabatch.inbox.InboxFiles;
import th.itabatch.inbox.Registration;
import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputSource;
import th.itabatch.inputs.StoredInput;
import th.itabatch.validation.PlainReason;
import th.itabatch.workbook.WorkbookOpener;

/**
 * The inputs: their history with where each stands, uploads (received exactly as the input folder
 * receives files), and each input's located messages and validation outputs.
 */
@Controller
class InputController {

	static final String LIST = "inputs";

	static final String DETAIL = "input";

	/** Inputs on a page of the list. */
	static final int LISTED = 200;

	private final InputRepository inputs;

	private final Inbox inbox;

	private final ArrivalListener arrivals;

	private final Downloads downloads;

	private final UploadLimits limits;

	InputController(InputRepository inputs, Inbox inbox, ArrivalListener arrivals, Downloads downloads,
			UploadLimits limits) {
		this.inputs = inputs;
		this.inbox = inbox;
		this.arrivals = arrivals;
		this.downloads = downloads;
		this.limits = limits;
	}

	/**
	 * The inputs, {@value #LISTED} a page from the newest (or from those numbered below {@code before}),
	 * each with its warnings counted: a workbook whose unit was misspelt stood green as "used".
	 */
	@GetMapping("/inputs")
	String list(@RequestParam(name = "before", required = false) Long before, Model model) {
		// One more than a page: the link to earlier files only where there are some.
		List<StoredInput> read = before == null ? inputs.recent(LISTED + 1) : inputs.before(before, LISTED + 1);
		List<StoredInput> listed = read.subList(0, Math.min(LISTED, read.size()));
		model.addAttribute("inputs", listed);
		model.addAttribute("warnings", inputs.warningCounts(listed.stream().map(StoredInput::id).toList()));
		model.addAttribute("sentAgain", sentAgain(listed));
		model.addAttribute("total", inputs.count());
		model.addAttribute("older", read.size() > LISTED ? listed.get(LISTED - 1).id() : null);
		model.addAttribute("maxFileMb", limits.fileMegabytes());
		return LIST;
	}

	/**
	 * Each refused input listed with the newer one of its name, from the same user or folder, listed above
	 * it: a trial's corrected file was used while the refused one stayed "rejected" with no word of it. Two
	 * units sending the same template's name are told apart by who sent it. Newest first, as listed.
	 */
	private static java.util.Map<Long, Long> sentAgain(List<StoredInput> listed) {
		java.util.Map<List<String>, Long> newer = new java.util.HashMap<>();
		java.util.Map<Long, Long> again = new java.util.HashMap<>();
		for (StoredInput input : listed) {
			List<String> key = java.util.Arrays.asList(input.fileName(), input.receivedBy());
			Long later = newer.get(key);
			if (later != null && input.status() == th.itabatch.inputs.InputStatus.REJECTED) {
				again.put(input.id(), later);
			}
			newer.putIfAbsent(key, input.id());
		}
		return again;
	}

	/**
	 * One row per uploaded file in the page's notice: its name and what happened to it. Serializable:
	 * it crosses the redirect in the session, which is kept in the database.
	 */
	record UploadResult(String file, String outcome, String detail) implements java.io.Serializable {

		/**
		 * The detail in the page's language: a refusal's reason is "Thai / English", and the Thai page
		 * read "ไม่ใช่ไฟล์ Excel (เอกสาร Word (.docx) / Word document (.docx))" (a trial).
		 */
		public String detailIn(java.util.Locale locale) {
			return detail == null ? null : PlainReason.inLanguage(detail, "en".equals(locale.getLanguage()));
		}
	}

	@PostMapping("/inputs")
	String upload(@RequestParam("files") List<MultipartFile> files, Principal user, RedirectAttributes redirect)
			throws IOException {
		List<UploadResult> results = new ArrayList<>();
		List<Long> toRead = new ArrayList<>();
		for (MultipartFile file : files) {
			// The form's file field left empty sends a part with no name; a file of no bytes is answered
			// (refused as empty), as it is when dropped in the input folder (a trial had no word of it).
			if (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
				continue;
			}
			var ignored = ignored(file.getOriginalFilename());
			if (ignored != null) {
				results.add(new UploadResult(file.getOriginalFilename(), "IGNORED", ignored));
				continue;
			}
			byte[] bytes = file.getBytes();
			var refused = WorkbookOpener.notAWorkbook(bytes);
			if (refused.isPresent()) {
				results.add(new UploadResult(file.getOriginalFilename(), "REFUSED", refused.get()));
				continue;
			}
			Registration registration = inbox.receive(file.getOriginalFilename(), "upload", bytes, InputSource.UPLOAD,
					user.getName());
			// The name chosen, and the earlier file's where the content came before under another: a trial's
			// "(1)" copy was answered with the first file's name alone, as if it were that file.
			String earlier = registration.input().fileName();
			// Named by its number either way, to be found in the list below (a trial's same-named one was not).
			String sameAs = registration.outcome() != Registration.Outcome.KNOWN ? null
					: "เนื้อหาเดียวกับ " + earlier + " (#" + registration.input().id() + ") / same content as " + earlier
							+ " (#" + registration.input().id() + ")";
			results.add(new UploadResult(file.getOriginalFilename(), registration.outcome().name(), sameAs));
			if (registration.needsReading()) {
				toRead.add(registration.input().id());
			}
		}
		if (!toRead.isEmpty()) {
			arrivals.arrived(toRead);
		}
		if (results.isEmpty()) {
			redirect.addFlashAttribute("noFile", true); // "upload" pressed with no file chosen: said, not a silent reload
			return "redirect:/inputs";
		}
		redirect.addFlashAttribute("uploaded", new ArrayList<>(results));
		return "redirect:/inputs";
	}

	/**
	 * Why an uploaded file is not taken, as the input folder passes it over ({@link InboxFiles#whyIgnored}):
	 * a trial's Excel lock file "~$…" was answered "not an Excel workbook: unknown file type". A lock file's
	 * answer names the workbook to send instead. Null for a file to take.
	 */
	private static String ignored(String name) {
		String original = InboxFiles.originalName(name);
		var why = InboxFiles.whyIgnored(original);
		if (why.isEmpty()) {
			return null;
		}
		if (!original.startsWith("~$")) {
			return why.get();
		}
		String workbook = original.substring(2);
		return PlainReason.inLanguage(why.get(), false) + " ให้ปิดโปรแกรมแล้วอัปโหลดไฟล์ \"" + workbook + "\" แทน / "
				+ PlainReason.inLanguage(why.get(), true) + ": close the program and upload \"" + workbook + "\" instead";
	}

	@GetMapping("/inputs/{id}")
	String detail(@PathVariable long id, Model model) {
		StoredInput input = inputs.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("input", input);
		model.addAttribute("messages", inputs.messages(id));
		return DETAIL;
	}

	@GetMapping("/inputs/{id}/annotated")
	ResponseEntity<Resource> annotated(@PathVariable long id) throws IOException {
		return downloads.serve(inputs.find(id).orElseThrow(NotFoundException::new).annotatedCopy());
	}

	@GetMapping("/inputs/{id}/validation")
	ResponseEntity<Resource> validation(@PathVariable long id) throws IOException {
		return downloads.serve(inputs.find(id).orElseThrow(NotFoundException::new).validationReport());
	}
}
