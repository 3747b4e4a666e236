package th.itabatch.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.model.CommentsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTComment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTComments;

/**
 * A template's cell comments, where JXLS's commands are, as text by sheet: those
 * {@link CommandComments} took out of the workbook a fill opens, and for every other sheet those it
 * still holds.
 *
 * @param takenOut the comments taken out, by their worksheet's part name ("/xl/worksheets/sheet1.xml")
 */
record TemplateComments(Map<String, Map<CellAddress, String>> takenOut) {

	/** A template whose comments are all still in its workbook. */
	static final TemplateComments NONE_TAKEN_OUT = new TemplateComments(Map.of());

	/** The sheet's comments: the ones taken out of it, or the ones it holds. */
	Map<CellAddress, String> of(XSSFSheet sheet) {
		Map<CellAddress, String> taken = takenOut.get(sheet.getPackagePart().getPartName().getName());
		return taken != null ? taken : read(sheet);
	}

	/** Whether a comment was taken out of the sheet at this cell. */
	boolean takenOutAt(XSSFSheet sheet, int row, int column) {
		Map<CellAddress, String> taken = takenOut.get(sheet.getPackagePart().getPartName().getName());
		return taken != null && taken.containsKey(new CellAddress(row, column));
	}

	/**
	 * The sheet's cell comments as text, read from its comments part: POI's own reading makes each
	 * comment an object that first writes its drawing's XML out as text (a work-around of POI's).
	 */
	static Map<CellAddress, String> read(XSSFSheet sheet) {
		for (POIXMLDocumentPart part : sheet.getRelations()) {
			if (part instanceof CommentsTable table) {
				return read(table.getCTComments());
			}
		}
		return Map.of();
	}

	/** A comments part's comments as text, by their cells, in the part's order, each command on one line. */
	static Map<CellAddress, String> read(CTComments comments) {
		Map<CellAddress, String> texts = new LinkedHashMap<>();
		for (CTComment comment : comments.getCommentList().getCommentArray()) {
			texts.put(new CellAddress(comment.getRef()),
					TemplateCommand.oneLineEach(new XSSFRichTextString(comment.getText()).getString()));
		}
		return texts;
	}
}
