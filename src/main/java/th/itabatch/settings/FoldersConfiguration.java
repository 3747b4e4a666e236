package th.itabatch.settings;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.beans.factory.config.CustomEditorConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.itabatch.files.StoredFolder;
import th.itabatch.files.StoredFolders;

/** The configured folders that the database's paths are relative to, read as they are written. */
@Configuration(proxyBeanMethods = false)
class FoldersConfiguration {

	/** Static: it changes how the bean factory reads settings, so it must exist before the beans that read them. */
	@Bean
	static CustomEditorConfigurer folderPaths() {
		CustomEditorConfigurer editors = new CustomEditorConfigurer();
		editors.setCustomEditors(Map.of(Path.class, FolderPathEditor.class));
		return editors;
	}

	@Bean
	StoredFolders storedFolders(ItaProperties properties) {
		return new StoredFolders(new StoredFolder(properties.archiveDir()), new StoredFolder(properties.outputDir()));
	}
}
