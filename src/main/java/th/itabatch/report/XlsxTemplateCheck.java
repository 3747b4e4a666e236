package th.itabatch.report;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;

/**
 * Reads a restyled Excel template as JXLS will, before it is filled, for the mistakes a trial made
 * that JXLS passes over in silence or fails on with a class name: a placeholder outside every
 * {@code jx:area} (printed as written), a {@code lastCell} left above its cell after rows were
 * inserted, a command JXLS does not know, one without its closing bracket or without a
 * {@code lastCell} (JXLS fails on each in English, naming no template), a table's {@code items} or a
 * placeholder's name the report's data lack (printed blank), an expression that does not parse (in a
 * cell or a command's attribute). Each is said at its sheet and cell.
 */
final class XlsxTemplateCheck {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

	/** Enough to find the block whose comment is wrong: a deleted jx:area left 44 placeholders outside. */
	private static final int OUTSIDE_SAID_PER_SHEET = 1;

	/**
	 * Commands whose cells hold names of their own (jx:grid's ${header}, ${cell}; an updater's): not the
	 * data's. Any other (mergeCells, autoRowHeight…) leaves its cells' names the data's, checked (a review).
	 */
	private static final List<String> OWN_NAMES = List.of("grid", "updateCell");

	/** A command's attributes JXLS evaluates as expressions: one that does not parse fails the fill. */
	private static final List<String> EXPRESSIONS = List.of("items", "select", "condition");

	/** Parses as JXLS's evaluator does; nothing is evaluated here. */
	private static final JexlEngine JEXL = new JexlBuilder().permissions(JexlPermissions.RESTRICTED).create();

	private XlsxTemplateCheck() {
	}

	static List<th.itabatch.validation.Message> check(byte[] bytes, String file, Map<String, Object> variables) {
		MessageLog log = new MessageLog(file);
		if (TemplateFiles.unreadable(bytes, "Excel", ".xlsx", log)) {
			return log.messages();
		}
		XSSFWorkbook workbook;
		try {
			workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (Exception ex) {
			log.file(MessageCode.TEMPLATE_UNREADABLE, "ไฟล์เสียหาย (" + th.itabatch.validation.PlainReason.of(ex) + ")",
					"the file is damaged (" + th.itabatch.validation.PlainReason.of(ex) + ")");
			return log.messages();
		}
		try (workbook) {
			TemplateNames names = new TemplateNames(variables);
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				check(workbook.getSheetAt(i), names, log);
			}
		}
		catch (Exception ex) {
			// The check's own failure refuses nothing: the fill says what it meets.
			return List.of();
		}
		return log.messages();
	}

	private static void check(XSSFSheet sheet, TemplateNames names, MessageLog log) {
		String name = sheet.getSheetName();
		List<TemplateCommand> commands = commands(sheet);
		List<TemplateCommand> areas = commands.stream().filter(c -> c.name().equals("area") && c.valid()).toList();
		Map<TemplateCommand, Set<String>> tables = new LinkedHashMap<>();
		int outside = 0;
		for (TemplateCommand command : commands) {
			if (command.name().equals("params")) {
				// Not a command to JXLS but the cell's own settings, read from the note line by line: left open, it fails the fill.
				if (!command.closed()) {
					log.cell(MessageCode.TEMPLATE_COMMAND_UNCLOSED, name, command.at().formatAsString(), "jx:params");
				}
				continue;
			}
			if (!JxlsCommands.NAMES.contains(command.name())) {
				var nearest = TemplateNames.nearest(command.name(), JxlsCommands.NAMES);
				log.cell(MessageCode.TEMPLATE_COMMAND_UNKNOWN, name, command.at().formatAsString(), "jx:" + command.name(),
						nearest.map(n -> " (น่าจะเป็น jx:" + n + ")").orElse(""), String.join(", ", JxlsCommands.NAMES),
						nearest.map(n -> " (did you mean jx:" + n + "?)").orElse(""));
				continue;
			}
			if (!command.closed()) {
				log.cell(MessageCode.TEMPLATE_COMMAND_UNCLOSED, name, command.at().formatAsString(), "jx:" + command.name());
				continue;
			}
			if (command.last() == null) {
				String given = command.attributes().get("lastCell");
				log.cell(MessageCode.TEMPLATE_LAST_CELL_MISSING, name, command.at().formatAsString(), "jx:" + command.name(),
						given == null ? "" : " (lastCell=\"" + given + "\")");
				continue;
			}
			for (String attribute : EXPRESSIONS) {
				String expression = command.attributes().get(attribute);
				if (expression != null) {
					parses(expression, attribute + "=\"" + expression + "\"", name, command.at().formatAsString(), log);
				}
			}
			if (!command.valid()) {
				log.cell(MessageCode.TEMPLATE_LAST_CELL, name, command.at().formatAsString(), "jx:" + command.name(),
						command.attributes().get("lastCell"));
				continue;
			}
			if (!command.name().equals("each")) {
				continue;
			}
			if (areas.stream().noneMatch(a -> a.covers(command.at().getRow(), command.at().getColumn()))) {
				if (outside++ < OUTSIDE_SAID_PER_SHEET) {
					log.cell(MessageCode.TEMPLATE_OUTSIDE_AREA, name, command.at().formatAsString(), "jx:each", "", "");
				}
				continue;
			}
			String items = command.attributes().getOrDefault("items", "").strip();
			if (!items.matches("\\w+") || command.attributes().containsKey("groupBy")) {
				// A list within another table's row, an expression, or rows grouped (the var is then a group
				// with its item and items): what the rows hold is not known here.
				tables.put(command, null);
				continue;
			}
			Object list = names.value(List.of(items));
			if (!(list instanceof java.util.Collection<?>)) {
				var nearest = TemplateNames.nearest(items, names.lists());
				log.cell(MessageCode.TEMPLATE_LIST_UNKNOWN, name, command.at().formatAsString(), items,
						nearest.map(n -> " ใช่ \"" + n + "\" หรือไม่").orElse(""), String.join(", ", names.lists()),
						nearest.map(n -> "; did you mean \"" + n + "\"?").orElse(""));
				continue;
			}
			tables.put(command, TemplateNames.itemKeys(list));
		}
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() != CellType.STRING || !cell.getStringCellValue().contains("${")) {
					continue;
				}
				String where = cell.getAddress().formatAsString();
				if (areas.stream().noneMatch(a -> a.covers(cell.getRowIndex(), cell.getColumnIndex()))) {
					if (outside++ < OUTSIDE_SAID_PER_SHEET) {
						String span = areas.isEmpty() ? "" : " (" + String.join(", ", areas.stream().map(TemplateCommand::span).toList()) + ")";
						log.cell(MessageCode.TEMPLATE_OUTSIDE_AREA, name, where, cell.getStringCellValue(), span, span);
					}
					continue;
				}
				// Under jx:grid (its ${header}, ${cell}) or jx:updateCell, the names are that command's own.
				if (commands.stream().anyMatch(c -> OWN_NAMES.contains(c.name()) && c.covers(cell.getRowIndex(), cell.getColumnIndex()))) {
					continue;
				}
				// A table's names where its comment is wrong: that comment is said, not each of its cells.
				Map<String, Set<String>> rows = new HashMap<>();
				for (TemplateCommand command : commands) {
					if (command.name().equals("each")) {
						rows.put(command.attributes().getOrDefault("var", ""), null);
						rows.put(command.attributes().getOrDefault("varIndex", ""), null);
					}
				}
				tables.forEach((table, keys) -> {
					if (table.covers(cell.getRowIndex(), cell.getColumnIndex())) {
						rows.put(table.attributes().getOrDefault("var", ""), keys);
						// A row's number (varIndex="i": ${i + 1}) is a name of the table's own.
						if (table.attributes().containsKey("varIndex")) {
							rows.put(table.attributes().get("varIndex"), null);
						}
					}
				});
				expressions(cell.getStringCellValue(), names, rows, name, where, log);
			}
		}
	}

	/** Each {@code ${…}} of a cell's text: it parses, and the names it reads are the data's. */
	private static void expressions(String text, TemplateNames names, Map<String, Set<String>> rows, String sheet, String where,
			MessageLog log) {
		Matcher placeholder = PLACEHOLDER.matcher(text);
		while (placeholder.find()) {
			String expression = placeholder.group(1);
			try {
				// As JXLS's evaluator parses it (an expression: a script's "x;" or "var x = …" fails there), then the names it reads.
				JEXL.createExpression(expression);
				for (List<String> path : JEXL.createScript(expression).getVariables()) {
					names.unknown(path, rows).ifPresent(unknown -> log.cell(MessageCode.TEMPLATE_NAME_UNKNOWN, sheet, where,
							"${" + unknown.name() + "}",
							unknown.nearest() == null ? "" : " (น่าจะเป็น ${" + unknown.nearest() + "})",
							unknown.nearest() == null ? "" : " (did you mean ${" + unknown.nearest() + "}?)"));
				}
			}
			catch (JexlException ex) {
				log.cell(MessageCode.TEMPLATE_EXPRESSION, sheet, where, placeholder.group(), detail(ex));
			}
		}
	}

	/** Whether an attribute's expression parses; where it does not, said at the command's cell. */
	private static void parses(String expression, String shown, String sheet, String where, MessageLog log) {
		try {
			JEXL.createExpression(expression);
		}
		catch (JexlException ex) {
			log.cell(MessageCode.TEMPLATE_EXPRESSION, sheet, where, shown, detail(ex));
		}
	}

	private static String detail(JexlException ex) {
		String detail = ex.getDetail() == null ? "" : ex.getDetail();
		int column = ex.getInfo() == null ? 0 : ex.getInfo().getColumn();
		return "'" + detail + "'" + (column > 0 ? " (" + column + ")" : "");
	}

	private static List<TemplateCommand> commands(XSSFSheet sheet) {
		List<TemplateCommand> commands = new ArrayList<>();
		// The comments as the fill gives them to JXLS (TemplateComments), each command on one line.
		for (Map.Entry<CellAddress, String> comment : TemplateComments.read(sheet).entrySet()) {
			commands.addAll(TemplateCommand.of(comment.getKey(), comment.getValue()));
		}
		// In the sheet's order, as a reader goes through it.
		commands.sort(java.util.Comparator.comparing((TemplateCommand c) -> c.at().getRow()).thenComparing(c -> c.at().getColumn()));
		return commands;
	}
}
