package th.itabatch.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import th.itabatch.settings.ItaProperties;

/**
 * Form login for the web page. Viewers see and download; editors also upload and start runs. CSRF
 * protection stays on (every form carries the token); repeated failed logins lock the user name and
 * the address for a while ({@link LoginThrottle}); every page carries a content security policy that
 * allows only the application's own styles and nothing inline, and sends no referrer elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/**
	 * Only the application's own files: the pages have no script at all, their styles are in
	 * app.css and the chart is inline SVG drawn with attributes, so nothing inline needs allowing.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	@Bean
	SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
		LoginAttempts attempts = new LoginAttempts(throttle);
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/css/**", "/favicon.svg", "/error")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/inputs", "/runs")
			.hasRole(Role.EDITOR.name())
			.anyRequest()
			.hasRole(Role.VIEWER.name()))
			.formLogin(form -> form.loginPage(LoginAttempts.LOGIN)
				.successHandler(attempts)
				.failureHandler(attempts)
				.permitAll())
			.addFilterBefore(attempts, UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(denied -> denied.accessDeniedHandler(new ExpiredSessionHandler()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(SecurityProperties security, ItaProperties ita, PasswordEncoder encoder) {
		List<UserDetails> users = new ArrayList<>();
		for (SecurityProperties.User user : security.users()) {
			users.add(user(user.username(), user.password(), user.role()));
		}
		if (users.isEmpty()) {
			users.add(user(GeneratedAdmin.USERNAME, GeneratedAdmin.passwordHash(ita.dataDir(), encoder), Role.EDITOR));
		}
		return new InMemoryUserDetailsManager(users);
	}

	/** An editor is also a viewer. */
	private static UserDetails user(String name, String passwordHash, Role role) {
		String[] roles = role == Role.EDITOR ? new String[] { Role.VIEWER.name(), Role.EDITOR.name() }
				: new String[] { Role.VIEWER.name() };
		return User.withUsername(name).password(passwordHash).roles(roles).build();
	}
}
