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
 * @param closed whether JXLS finds its closing bracket, and nothing of another command within it
 */
record TemplateCommand(String name, CellAddress at, CellReference last, Map<String, String> attributes, boolean closed) {

	/** "jx:each(" — a command's name; its attributes follow up to the closing bracket. */
	private static final Pattern COMMAND = Pattern.compile("(?m)^\\s*jx:(\\w+)\\s*\\(");

	/**
	 * The quotes JXLS takes around an attribute's value, the same one at both ends: straight, typographic
	 * (Word's and Excel's autocorrect), low and reversed, and primes (its XlsCommentAreaBuilder's).
	 */
	private static final String QUOTES = "\"'\u201C\u201D\u201E\u201F\u2033\u2036\u2018\u2019\u201A\u201B\u2032\u2035";

	/**
	 * Another command after a stray quote, which JXLS reads into the one before (anywhere, even within a line
	 * of words); not {@code jx:params}, which JXLS reads from the note apart (a review).
	 */
	private static final Pattern LATER_COMMAND = Pattern.compile("jx:(?!params\\b)\\w");

	/** A command's name alone on its line, its bracket on the next ("jx:each" ↵ "(items=…)"). */
	private static final Pattern NAME_ALONE = Pattern.compile("\\s*jx:(\\w+)\\s*");

	/** An attribute in one of JXLS's quotes, the same at both ends, as JXLS reads them. */
	private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*([" + QUOTES + "])(.*?)\\2");

	/** The commands of a comment on a cell, one a line once the lines a command was broken over are joined. */
	static List<TemplateCommand> of(CellAddress at, String comment) {
		String text = oneLineEach(comment);
		List<TemplateCommand> commands = new ArrayList<>();
		Matcher command = COMMAND.matcher(text);
		while (command.find()) {
			int lineEnd = text.indexOf('\n', command.end());
			lineEnd = lineEnd < 0 ? text.length() : lineEnd;
			int close = closing(text, command.end(), lineEnd);
			// JXLS takes a bracket after a stray quote ("K8"")) as closing, reading on to the note's end: closed,
			// unless another command follows, which it then takes into this one (a review).
			int last = text.lastIndexOf(')', lineEnd - 1);
			boolean closed = close < lineEnd || last >= command.end() && !LATER_COMMAND.matcher(text).region(command.end(), text.length()).find();
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(text.substring(command.end(), close < lineEnd || !closed ? close : last));
			while (attribute.find()) {
				attributes.put(attribute.group(1), attribute.group(3));
			}
			commands.add(new TemplateCommand(command.group(1), at, cell(attributes.get("lastCell")), attributes, closed));
		}
		return commands;
	}

	/**
	 * The comment's text with each command on one line: a user makes a long command readable in
	 * Excel's note by breaking it over lines (Alt+Enter), and JXLS, reading on to the closing bracket,
	 * sticks a marker of the break to the next attribute's name: the report failed where that was
	 * {@code lastCell} or {@code var}, and printed the table whole where it was a {@code select}, which
	 * JXLS then drops with a warning (a review). A line continues the command above it while that
	 * command's bracket is open (or not yet opened), the break becoming a space; any other line stays
	 * as it was. Not {@code jx:params}, which JXLS reads from the note itself: the template check says
	 * where one is left open.
	 */
	static String oneLineEach(String text) {
		if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		StringBuilder joined = new StringBuilder(text.length());
		int lineStart = 0;
		boolean open = false;
		for (String line : text.split("\r\n|\r|\n", -1)) {
			if (open && !COMMAND.matcher(line).lookingAt() && !NAME_ALONE.matcher(line).matches()) {
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
			Matcher alone = NAME_ALONE.matcher(joined).region(lineStart, joined.length());
			// Open while no bracket closes it, quotes minded, as JXLS reads on (a bracket within a select's quotes
			// at a line's end leaves it open, a review).
			open = command.lookingAt() ? !command.group(1).equals("params")
					&& closing(joined, command.end(), joined.length()) == joined.length()
					: alone.matches() && !alone.group(1).equals("params");
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

	/**
	 * The bracket that closes a command's attributes before {@code end}, quotes skipped (a select may
	 * hold brackets); {@code end} where there is none.
	 */
	private static int closing(CharSequence text, int from, int end) {
		char quote = 0;
		for (int i = from; i < end; i++) {
			char c = text.charAt(i);
			if (quote == 0 && QUOTES.indexOf(c) >= 0) {
				quote = c;
			}
			else if (quote != 0 && c == quote) {
				quote = 0;
			}
			else if (c == ')' && quote == 0) {
				return i;
			}
		}
		return end;
	}

	private static CellReference cell(String reference) {
		// As JXLS reads one: letters then digits, any number of each, no spaces (" K8 " fails its fill).
		if (reference == null || !reference.matches("(?:[^!]+!)?\\$?[A-Za-z]+\\$?\\d+")) {
			return null;
		}
		return new CellReference(reference);
	}
}
