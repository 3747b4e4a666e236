package th.itabatch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jxls.builder.JxlsStreaming;
import org.jxls.common.CellData;
import org.jxls.common.CellRef;
import org.jxls.common.RowData;
import org.jxls.common.SheetData;
import org.jxls.transform.Transformer;
import org.jxls.transform.poi.PoiRowData;
import org.jxls.transform.poi.PoiSheetData;
import org.jxls.transform.poi.PoiTransformer;
import org.jxls.transform.poi.PoiTransformerFactory;

/**
 * JXLS's transformer factory, with transformers that read a sheet's comments (where the template's
 * commands are) once, or take them as {@link CommandComments} took them out of the workbook. JXLS's
 * own asks the sheet for all its comments again for every row, and POI makes each comment an object
 * that first writes its drawing's XML out as text: 7 % of filling the monthly report, for the same
 * four comments.
 */
final class CommentsOnceTransformerFactory extends PoiTransformerFactory {

	private final TemplateComments comments;

	CommentsOnceTransformerFactory(TemplateComments comments) {
		this.comments = comments;
	}

	@Override
	protected Transformer createTransformer(Workbook workbook, JxlsStreaming streaming) {
		if (streaming.isStreaming() || streaming.isAutoDetect() || streaming.getSheetNames() != null) {
			return super.createTransformer(workbook, streaming);
		}
		return new CommentsOnceTransformer(workbook, comments);
	}

	/** A transformer whose commented cells are those of JXLS's own, in the same order. */
	static final class CommentsOnceTransformer extends PoiTransformer {

		private final TemplateComments comments;

		CommentsOnceTransformer(Workbook workbook, TemplateComments comments) {
			super(workbook, false);
			this.comments = comments;
		}

		/**
		 * Clears a template cell as JXLS does, which gives a commented cell that has none (a note on an
		 * empty cell, as Excel saves one) a blank cell as it takes the comment away: a comment taken out
		 * beforehand leaves the same cell.
		 */
		@Override
		public void clearCell(CellRef cellRef) {
			super.clearCell(cellRef);
			if (cellRef == null || cellRef.getSheetName() == null
					|| !(getWorkbook().getSheet(cellRef.getSheetName()) instanceof XSSFSheet sheet)) {
				return;
			}
			Row row = sheet.getRow(cellRef.getRow());
			if (row != null && row.getCell(cellRef.getCol()) == null
					&& comments.takenOutAt(sheet, cellRef.getRow(), cellRef.getCol())) {
				row.createCell(cellRef.getCol());
			}
		}

		@Override
		public List<CellData> getCommentedCells() {
			List<CellData> commented = new ArrayList<>();
			for (SheetData sheetData : sheetMap.values()) {
				XSSFSheet sheet = (XSSFSheet) ((PoiSheetData) sheetData).getSheet();
				Map<Integer, List<CellData>> byRow = new HashMap<>();
				for (Map.Entry<CellAddress, String> comment : comments.of(sheet).entrySet()) {
					CellAddress at = comment.getKey();
					CellData cell = new CellData(new CellRef(sheet.getSheetName(), at.getRow(), at.getColumn()));
					cell.setCellComment(comment.getValue());
					byRow.computeIfAbsent(at.getRow(), row -> new ArrayList<>()).add(cell);
				}
				// As JXLS: the rows the sheet has, in order, and each row's comments by column.
				for (RowData rowData : sheetData) {
					List<CellData> row = rowData == null ? null : byRow.get(((PoiRowData) rowData).getRow().getRowNum());
					if (row != null) {
						row.sort(Comparator.comparingInt(CellData::getCol));
						commented.addAll(row);
					}
				}
			}
			return commented;
		}
	}
}
