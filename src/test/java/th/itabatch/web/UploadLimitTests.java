package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.util.unit.DataSize;

import jakarta.servlet.http.Part;
import th.itabatch.ItaApplicationTest;
import th.itabatch.inputs.InputRepository;

/**
 * An upload over the limits gets the application's own page (413) in the page's language, with the
 * limit in MB and the input folder as the way for larger files. MockMvc has no container and so no
 * limits: a 25 MB upload through it is simply received. The container's refusal is therefore played
 * here as Tomcat plays it (reading the parts fails); {@code BrowserTests} sends real 25 and 61 MB
 * uploads to the running server.
 */
@ItaApplicationTest
class UploadLimitTests {

	private static final RequestPostProcessor EDITOR = user("editor").roles("VIEWER", "EDITOR");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private InputRepository inputs;

	/** The request as Tomcat hands it over when a file exceeds max-file-size: reading its parts fails. */
	static RequestPostProcessor overTheFileLimit() {
		return original -> {
			MockMultipartHttpServletRequest refused = new MockMultipartHttpServletRequest(original.getServletContext()) {
				@Override
				public Collection<Part> getParts() {
					throw new IllegalStateException(new FileSizeLimitExceededException(
							"The field files exceeds its maximum permitted size of 20971520 bytes.", 26_214_400, 20_971_520));
				}
			};
			refused.setMethod(original.getMethod());
			refused.setRequestURI(original.getRequestURI());
			refused.setServletPath(original.getServletPath());
			refused.setContentType(original.getContentType());
			refused.setContent(original.getContentAsByteArray());
			return refused;
		};
	}

	@Test
	void anUploadTheContainerRefusesIsAnsweredWithThePage() throws Exception {
		mvc.perform(multipart("/inputs").file(new MockMultipartFile("files", "big.xlsx", null, new byte[1024]))
			.with(overTheFileLimit())
			.with(EDITOR)
			.with(csrf())).andExpect(forwardedUrl(UploadLimitController.PATH));
		assertThat(inputs.recent(10)).isEmpty();
	}

	@Test
	void thePageSaysTheLimitAndTheInputFolderInThai() throws Exception {
		String page = mvc.perform(get(UploadLimitController.PATH).with(EDITOR))
			.andExpect(status().isPayloadTooLarge())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("ไฟล์ใหญ่เกินกว่าที่อัปโหลดได้", "ไฟล์ละไม่เกิน 20 MB", "รวมกันครั้งละไม่เกิน 60 MB",
				"โฟลเดอร์นำเข้า", "href=\"/inputs/too-large?lang=en\"").doesNotContain("HTTP Status");
	}

	@Test
	void thePageSaysTheLimitAndTheInputFolderInEnglish() throws Exception {
		mvc.perform(get(UploadLimitController.PATH).param("lang", "en").with(EDITOR))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("The file is too large to upload"),
					org.hamcrest.Matchers.containsString("20 MB a file"),
					org.hamcrest.Matchers.containsString("into the input folder instead"))));
	}

	@Test
	void theInputsPageStatesTheLimit() throws Exception {
		mvc.perform(get("/inputs").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ไฟล์ละไม่เกิน 20 MB")));
	}

	@Test
	void anUploadSpringMvcFindsTooLargeGetsTheSamePage() {
		// The filter reads uploads first; one Spring MVC finds too large (parsed lazily) gets the same page.
		ExtendedModelMap model = new ExtendedModelMap();
		org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
		request.setRemoteUser("editor");

		String view = new PageAdvice(new UploadLimits(DataSize.ofMegabytes(20), DataSize.ofMegabytes(60)))
			.tooLarge(request, model);

		assertThat(view).isEqualTo(UploadLimitController.VIEW);
		assertThat(model).containsEntry("maxFileMb", 20L)
			.containsEntry("maxRequestMb", 60L)
			.containsEntry("englishLink", UploadLimitController.PATH + "?lang=en")
			.containsEntry("userName", "editor");
	}
}
