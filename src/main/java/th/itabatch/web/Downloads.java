package th.itabatch.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import th.itabatch.settings.ItaProperties;

/**
 * Serves files for download. A file is only ever served when, resolved to its real path, it lies
 * inside the output folder: no stored path, link or name can reach anything else.
 */
@Component
class Downloads {

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Path outputDir;

	Downloads(ItaProperties properties) {
		this.outputDir = properties.outputDir();
	}

	ResponseEntity<Resource> serve(String storedPath) throws IOException {
		if (storedPath == null) {
			return ResponseEntity.notFound().build();
		}
		Path file = Path.of(storedPath);
		if (!Files.isRegularFile(file) || !Files.isDirectory(outputDir)) {
			return ResponseEntity.notFound().build();
		}
		Path real = file.toRealPath();
		if (!real.startsWith(outputDir.toRealPath())) {
			return ResponseEntity.notFound().build();
		}
		String name = real.getFileName().toString();
		MediaType type = name.endsWith(".xlsx") ? XLSX
				: name.endsWith(".docx") ? DOCX : name.endsWith(".pdf") ? MediaType.APPLICATION_PDF
						: MediaType.APPLICATION_OCTET_STREAM;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(real));
	}
}
