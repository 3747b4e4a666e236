package th.itabatch.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the {@link Catalog} from {@code ita.catalog.*}. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	Catalog catalog(CatalogProperties properties) {
		return Catalog.of(properties);
	}
}
