package th.itabatch.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Thai pages by default; {@code ?lang=en} switches to English and is remembered in a cookie. Uploads
 * over the size limits are answered before Spring Security reads them ({@link UploadTooLargeFilter}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale THAI = Locale.forLanguageTag("th");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("ita-lang");
		resolver.setDefaultLocale(THAI);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Bean
	FilterRegistrationBean<UploadTooLargeFilter> uploadTooLargeFilter(MultipartResolver multipartResolver) {
		FilterRegistrationBean<UploadTooLargeFilter> registration = new FilterRegistrationBean<>(
				new UploadTooLargeFilter(multipartResolver));
		// Before Spring Security, whose CSRF check is the first to read the upload's parameters.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<DatabaseDownFilter> databaseDownFilter() {
		FilterRegistrationBean<DatabaseDownFilter> registration = new FilterRegistrationBean<>(new DatabaseDownFilter());
		// Before the session filter (Integer.MIN_VALUE + 50), whose sessions are in the database.
		registration.setOrder(Integer.MIN_VALUE + 10);
		return registration;
	}

	/**
	 * Tomcat stops reading an upload it refuses and closes the connection, and a browser still
	 * sending then shows "connection reset" instead of the page. So the rest of a refused upload is
	 * read and dropped (up to {@code server.tomcat.max-swallow-size}) and the page arrives.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> readRefusedUploadsToTheEnd() {
		return factory -> factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(true));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}
}
