package th.itabatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.itabatch.ItaApplicationTest;

/**
 * Every page carries a content security policy that allows only the application's own files and
 * no framing, and a same-origin referrer policy; the pages need nothing inline that the policy
 * would block; cookies are SameSite=Lax.
 */
@ItaApplicationTest
class SecurityHeadersTests {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Environment environment;

	private static void hasTheHeaders(ResultActions result) throws Exception {
		result.andExpect(header().string("Content-Security-Policy", POLICY))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void everyKindOfPageCarriesThePolicies() throws Exception {
		hasTheHeaders(mvc.perform(get("/login")).andExpect(status().isOk()));
		hasTheHeaders(mvc.perform(get("/").with(VIEWER)).andExpect(status().isOk()));
		hasTheHeaders(mvc.perform(get("/runs").with(VIEWER)).andExpect(status().isOk()));
		hasTheHeaders(mvc.perform(get("/inputs/12345").with(VIEWER)).andExpect(status().isNotFound()));
		hasTheHeaders(mvc.perform(get(UploadLimitController.PATH).with(VIEWER)).andExpect(status().isPayloadTooLarge()));
		hasTheHeaders(mvc.perform(get("/")).andExpect(status().is3xxRedirection()));
	}

	@Test
	void cookiesAreSameSiteLax() throws Exception {
		mvc.perform(get("/").param("lang", "en").with(VIEWER))
			.andExpect(header().string("Set-Cookie", Matchers.allOf(Matchers.containsString("ita-lang=en"),
					Matchers.containsString("SameSite=Lax"))));
		// The session cookie is Tomcat's, absent from MockMvc: BrowserTests reads it from the running server.
		assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
	}

	@Test
	void theTemplatesHaveNothingInlineThePolicyWouldBlock() throws IOException {
		Pattern inline = Pattern.compile("<script|\\sstyle=|th:style|\\son[a-z]+=|th:on[a-z]+=|javascript:",
				Pattern.CASE_INSENSITIVE);
		try (Stream<Path> files = Files.walk(MessageKeysTests.TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				assertThat(inline.matcher(Files.readString(file, StandardCharsets.UTF_8)).find())
					.as("inline script or style in %s", file)
					.isFalse();
			}
		}
	}
}
