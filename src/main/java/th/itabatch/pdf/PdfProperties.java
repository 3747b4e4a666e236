package th.itabatch.pdf;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PDF copies of the documents a run makes, for the DOC system's attachments ({@code ita.pdf.*}).
 *
 * @param enabled whether to write them (where LibreOffice is installed)
 * @param command LibreOffice's command
 * @param timeout how long one LibreOffice process, converting a batch of documents, may take
 * @param batch how many documents one LibreOffice process converts: given 552 or 2,000 at once, it
 *        tried the first 246 and ended as if all were done (a trial's department had 358 without PDFs)
 */
@ConfigurationProperties("ita.pdf")
public record PdfProperties(@DefaultValue("true") boolean enabled, @DefaultValue("soffice") String command,
		@DefaultValue("10m") Duration timeout, @DefaultValue("100") int batch) {

	public PdfProperties {
		if (batch < 1) {
			throw new IllegalArgumentException("ita.pdf.batch must be 1 or more: " + batch);
		}
	}
}
