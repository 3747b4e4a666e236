package th.itabatch.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockServletContext;

/**
 * The folders bound as they are written in the service too: there Spring's path editor asked the
 * servlet container for a relative folder first, and "--ita.input-dir=../inputC" stopped the service
 * from starting ("The resource path [/../inputC] has been normalized to [null]") where the one-shot
 * command took it (a trial).
 */
class FolderPathEditorTests {

	@Test
	void foldersAboveTheWorkingFolderBindInTheService() {
		try (var context = service("ita.input-dir=../inputC", "ita.output-dir=../../รายงาน ITA", "ita.data-dir=./data")) {
			ItaProperties folders = context.getBean(ItaProperties.class);
			assertThat(folders.inputDir()).isEqualTo(Path.of("../inputC"));
			assertThat(folders.outputDir()).isEqualTo(Path.of("../../รายงาน ITA"));
			assertThat(folders.dataDir()).isEqualTo(Path.of("./data"));
		}
	}

	@Test
	void absoluteFoldersAddressesAndTheDefaultsBind() {
		try (var context = service("ita.input-dir=/srv/ita/input", "ita.output-dir=file:/srv/ita/output")) {
			ItaProperties folders = context.getBean(ItaProperties.class);
			assertThat(folders.inputDir()).isEqualTo(Path.of("/srv/ita/input"));
			assertThat(folders.outputDir()).isEqualTo(Path.of("/srv/ita/output"));
			assertThat(folders.dataDir()).isEqualTo(Path.of("data"));
		}
	}

	/** A web application context with the settings, its servlet container refusing paths above it. */
	private static AnnotationConfigServletWebApplicationContext service(String... settings) {
		AnnotationConfigServletWebApplicationContext context = new AnnotationConfigServletWebApplicationContext();
		context.setServletContext(new ContainerLikeServletContext());
		TestPropertyValues.of(settings).applyTo(context);
		context.register(Folders.class);
		context.refresh();
		return context;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ItaProperties.class)
	@Import(FoldersConfiguration.class)
	static class Folders {
	}

	/** Refuses a resource path above its root as Tomcat's does. */
	static class ContainerLikeServletContext extends MockServletContext {

		@Override
		public URL getResource(String path) throws MalformedURLException {
			if (climbsAboveRoot(path)) {
				throw new IllegalArgumentException("The resource path [" + path + "] has been normalized to [null] which is not valid");
			}
			return super.getResource(path);
		}

		private static boolean climbsAboveRoot(String path) {
			int depth = 0;
			for (String name : path.split("/")) {
				depth += name.equals("..") ? -1 : name.isEmpty() || name.equals(".") ? 0 : 1;
				if (depth < 0) {
					return true;
				}
			}
			return false;
		}
	}
}
