package th.itabatch.settings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.itabatch.files.StoredFolder;
import th.itabatch.files.StoredFolders;

/** The configured folders that the database's paths are relative to. */
@Configuration(proxyBeanMethods = false)
class FoldersConfiguration {

	@Bean
	StoredFolders storedFolders(ItaProperties properties) {
		return new StoredFolders(new StoredFolder(properties.archiveDir()), new StoredFolder(properties.outputDir()));
	}
}
