package th.itabatch.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The catalogue as the shipped application.yml defines it, for tests that need no Spring context. */
public final class TestCatalog {

	private static Catalog catalog;

	private TestCatalog() {
	}

	public static synchronized Catalog shipped() {
		if (catalog == null) {
			try {
				StandardEnvironment environment = new StandardEnvironment();
				new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
					.forEach(environment.getPropertySources()::addLast);
				Binder binder = new Binder(ConfigurationPropertySources.get(environment));
				catalog = Catalog.of(binder.bind("ita.catalog", CatalogProperties.class).get());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return catalog;
	}
}
