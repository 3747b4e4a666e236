package th.itabatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Fills a kind of template file (an Excel workbook, a Word document…) with a report's variables.
 * Every engine is a bean; a configured template is filled by the engine that takes its file, so a
 * new kind of document is a new engine, not an edit of the report job.
 */
public interface TemplateEngine {

	/** True when this engine fills templates like this file ("monthly-report.xlsx"). */
	boolean fills(String templateFile);

	/**
	 * Fills the template with the variables and writes the document.
	 *
	 * @param template the template's bytes
	 * @param variables the values the template's expressions see (plain maps, lists, numbers, texts)
	 * @param out where the document goes
	 */
	void fill(InputStream template, Map<String, Object> variables, OutputStream out) throws IOException;
}
