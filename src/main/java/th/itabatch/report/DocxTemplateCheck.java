package th.itabatch.report;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;

import th.itabatch.validation.Message;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;

/**
 * Reads a restyled Word template as poi-tl will, before it is filled: a tag whose name the report's
 * data lack (poi-tl prints it blank, a trial's title lost its unit), and a table's tag with no row
 * under it to repeat (poi-tl failed with a class name, and the unit's other documents with it). Each
 * is said by its tag, which Word's Find locates.
 */
final class DocxTemplateCheck {

	private DocxTemplateCheck() {
	}

	static List<Message> check(byte[] bytes, String file, Map<String, Object> variables) {
		MessageLog log = new MessageLog(file);
		if (TemplateFiles.unreadable(bytes, "Word", ".docx", log)) {
			return log.messages();
		}
		TemplateNames names = new TemplateNames(variables);
		try (XWPFTemplate template = XWPFTemplate.compile(new ByteArrayInputStream(bytes), Configure.createDefault())) {
			for (MetaTemplate meta : template.getElementTemplates()) {
				if (!(meta instanceof ElementTemplate element)) {
					continue;
				}
				List<String> path = Arrays.asList(element.getTagName().strip().split("\\."));
				var unknown = names.unknown(path, Map.of());
				if (unknown.isPresent()) {
					String nearest = unknown.get().nearest();
					log.cell(MessageCode.TEMPLATE_NAME_UNKNOWN, null, element.getSource(), element.getSource(),
							nearest == null ? "" : " (น่าจะเป็น {{" + nearest + "}})",
							nearest == null ? "" : " (did you mean {{" + nearest + "}}?)");
					continue;
				}
				if (names.value(path) instanceof java.util.Collection<?>) {
					String row = tableRow(element);
					if (row != null) {
						log.cell(MessageCode.TEMPLATE_TABLE_ROW, null, element.getSource(), element.getSource(),
								row.equals("last") ? "แต่แถวนี้เป็นแถวสุดท้ายของตาราง" : "แต่แท็กนี้ไม่ได้อยู่ในตาราง",
								row.equals("last") ? "but it is the table's last row" : "but it is not in a table");
					}
				}
			}
		}
		catch (Exception ex) {
			// poi-tl could not read the document's tags (an unmatched {{?x}}): the fill would fail on it alike.
			log.file(MessageCode.TEMPLATE_UNREADABLE, "อ่านแท็กในไฟล์ไม่ได้ (" + th.itabatch.validation.PlainReason.of(ex) + ")",
					"its tags cannot be read (" + th.itabatch.validation.PlainReason.of(ex) + ")");
		}
		return log.messages();
	}

	/**
	 * What is wrong with where a table's tag stands: {@code null} in a row with a row under it (the one
	 * repeated for each item), "last" in a table's last row, "outside" outside a table.
	 */
	private static String tableRow(ElementTemplate element) {
		if (!(element instanceof RunTemplate run) || !(run.getRun().getParent() instanceof XWPFParagraph paragraph)
				|| !(paragraph.getBody() instanceof XWPFTableCell cell)) {
			return "outside";
		}
		XWPFTableRow row = cell.getTableRow();
		List<XWPFTableRow> rows = row.getTable().getRows();
		return rows.indexOf(row) < rows.size() - 1 ? null : "last";
	}
}
