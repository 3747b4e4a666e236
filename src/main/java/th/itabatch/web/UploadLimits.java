package th.itabatch.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The upload limits as a person reads them: the largest file and the largest upload in MB
 * ({@code spring.servlet.multipart.max-file-size} and {@code max-request-size}, with Boot's own
 * defaults when unset).
 */
@Component
class UploadLimits {

	private final DataSize maxFileSize;

	private final DataSize maxRequestSize;

	UploadLimits(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
	}

	long fileMegabytes() {
		return megabytes(maxFileSize);
	}

	long requestMegabytes() {
		return megabytes(maxRequestSize);
	}

	/** In whole MB (at least 1), as the setting is usually written: 20MB. */
	private static long megabytes(DataSize size) {
		if (size == null || size.isNegative()) {
			return 0;
		}
		return Math.max(1, size.toMegabytes());
	}
}
