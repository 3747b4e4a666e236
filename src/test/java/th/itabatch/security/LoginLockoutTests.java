package th.itabatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import th.itabatch.ItaApplicationTest;

/**
 * The login form with the default throttling: five wrong passwords lock the user name, twenty from
 * one address lock the address, a locked login is refused even with the right password and says so
 * in Thai or English, success clears the count, and every failure is logged without the password.
 */
@ItaApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private LoginThrottle throttle;

	/** The shared application goes on to other tests: nobody stays locked. */
	@AfterEach
	void forget() {
		throttle.clear();
	}

	private ResultActions logIn(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}));
	}

	@Test
	void fiveWrongPasswordsLockTheUserNameEvenForTheRightOne(CapturedOutput output) throws Exception {
		for (int i = 0; i < 4; i++) {
			logIn("editor", "guess-" + i, "10.0.0.1").andExpect(redirectedUrl("/login?error"));
		}
		logIn("editor", "guess-4", "10.0.0.1").andExpect(redirectedUrl("/login?locked=1"));

		logIn("editor", "editor-pw", "10.0.0.2").andExpect(redirectedUrl("/login?locked=1"));
		// Another user from the same address is not locked.
		logIn("viewer", "viewer-pw", "10.0.0.1").andExpect(redirectedUrl("/"));

		assertThat(output.getOut()).contains("Failed login: user \"editor\" from 10.0.0.1", "locked for PT1M",
				"Login refused while locked: user \"editor\" from 10.0.0.2")
			.doesNotContain("guess-", "editor-pw");
	}

	@Test
	void twentyFailuresFromOneAddressLockIt() throws Exception {
		for (int i = 0; i < 20; i++) {
			logIn("nobody" + i, "x", "10.0.0.20");
		}
		logIn("editor", "editor-pw", "10.0.0.20").andExpect(redirectedUrl("/login?locked=1"));
		logIn("editor", "editor-pw", "10.0.0.21").andExpect(redirectedUrl("/"));
	}

	@Test
	void aSuccessfulLoginClearsTheCount() throws Exception {
		for (int i = 0; i < 4; i++) {
			logIn("editor", "wrong", "10.0.0.30").andExpect(redirectedUrl("/login?error"));
		}
		logIn("editor", "editor-pw", "10.0.0.30").andExpect(redirectedUrl("/"));
		for (int i = 0; i < 4; i++) {
			logIn("editor", "wrong", "10.0.0.30").andExpect(redirectedUrl("/login?error"));
		}
		logIn("editor", "editor-pw", "10.0.0.30").andExpect(redirectedUrl("/"));
	}

	@Test
	void theLoginPageSaysHowLongInBothLanguages() throws Exception {
		assertThat(page("/login?locked=2")).contains("ระงับการเข้าสู่ระบบ", "โปรดลองใหม่ในอีก 2 นาที");
		assertThat(page("/login?locked=2&lang=en")).contains("Too many failed logins", "Try again in 2 minute(s)");
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
