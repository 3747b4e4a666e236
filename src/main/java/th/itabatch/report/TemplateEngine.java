package th.itabatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import th.itabatch.validation.Message;

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

	/**
	 * What is wrong with a template a user restyled, at its sheet and cell (or tag), before it is
	 * filled: a mistake the filling would pass over in silence or fail on without saying where.
	 *
	 * @param template the template's bytes
	 * @param file the template's file as configured, for the messages
	 * @param variables the values of the fill it is checked for
	 */
	default List<Message> check(byte[] template, String file, Map<String, Object> variables) {
		return List.of();
	}
}
