package th.itabatch.pdf;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PDF copies of the documents a run makes, for the DOC system's attachments ({@code ita.pdf.*}).
 *
 * @param enabled whether to write them (where LibreOffice is installed)
 * @param command LibreOffice's command
 * @param timeout how long one conversion of a run's documents may take
 */
@ConfigurationProperties("ita.pdf")
public record PdfProperties(@DefaultValue("true") boolean enabled, @DefaultValue("soffice") String command,
		@DefaultValue("10m") Duration timeout) {
}
