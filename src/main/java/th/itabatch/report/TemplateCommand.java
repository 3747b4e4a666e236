package th.itabatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A {@code jx:…} command of a template's cell comment and the block it covers, read as JXLS reads
 * it: what the template check and {@link ColumnsInPlace} look at.
 *
 * @param name "area", "each"…
 * @param at the cell it is on
 * @param last its lastCell, or {@code null} when it gives none or one that is not a cell
 * @param attributes its attributes
 */
record TemplateCommand(String name, CellAddress at, CellReference last, Map<String, String> attributes) {

	/** "jx:each(" — a command's name; its attributes follow up to the closing bracket. */
	private static final Pattern COMMAND = Pattern.compile("(?m)^\\s*jx:(\\w+)\\s*\\(");

	/** An attribute in double, single or typographic quotes, the same at both ends, as JXLS reads them. */
	private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*([\"'\u201C\u201D])(.*?)\\2");

	/** The commands of a comment on a cell, one a line. */
	static List<TemplateCommand> of(CellAddress at, String text) {
		List<TemplateCommand> commands = new ArrayList<>();
		Matcher command = COMMAND.matcher(text);
		while (command.find()) {
			int close = closing(text, command.end());
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(text.substring(command.end(), close));
			while (attribute.find()) {
				attributes.put(attribute.group(1), attribute.group(3));
			}
			commands.add(new TemplateCommand(command.group(1), at, cell(attributes.get("lastCell")), attributes));
		}
		return commands;
	}

	/**
	 * The comment's text with each command on one line: a user makes a long command readable in
	 * Excel's note by breaking it over lines (Alt+Enter), and JXLS reads a command's first line alone
	 * ("Failed to find attribute 'lastCell'"). A line continues the command above it while that
	 * command's bracket is open; any other line stays as it was.
	 */
	static String oneLineEach(String text) {
		if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		StringBuilder joined = new StringBuilder(text.length());
		int lineStart = 0;
		boolean open = false;
		for (String line : text.split("\r\n|\r|\n", -1)) {
			if (open && !COMMAND.matcher(line).lookingAt()) {
				joined.append(' ').append(line.strip());
			}
			else {
				if (!joined.isEmpty()) {
					joined.append('\n');
				}
				lineStart = joined.length();
				joined.append(line);
			}
			Matcher command = COMMAND.matcher(joined).region(lineStart, joined.length());
			open = command.lookingAt() && closing(joined.toString(), command.end()) == joined.length();
		}
		return joined.toString();
	}

	boolean valid() {
		return last != null && last.getRow() >= at.getRow() && last.getCol() >= at.getColumn();
	}

	boolean covers(int row, int column) {
		return valid() && row >= at.getRow() && row <= last.getRow() && column >= at.getColumn() && column <= last.getCol();
	}

	String span() {
		return at.formatAsString() + ":" + (last == null ? "?" : new CellReference(last.getRow(), last.getCol()).formatAsString());
	}

	/** The bracket that closes a command's attributes, quotes skipped (a select may hold brackets). */
	private static int closing(String text, int from) {
		char quote = 0;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote == 0 && (c == '"' || c == '\'' || c == '\u201C' || c == '\u201D')) {
				quote = c;
			}
			else if (quote != 0 && c == quote) {
				quote = 0;
			}
			else if (c == ')' && quote == 0) {
				return i;
			}
		}
		return text.length();
	}

	private static CellReference cell(String reference) {
		if (reference == null || !reference.strip().matches("(?:[^!]+!)?\\$?[A-Za-z]{1,3}\\$?\\d+")) {
			return null;
		}
		return new CellReference(reference.strip());
	}
}
