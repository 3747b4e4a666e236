package th.itabatch.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.itabatch.files.AtomicFiles;
import th.itabatch.validation.Message;
import th.itabatch.workbook.CellRefs;
import th.itabatch.workbook.stream.RowStream;
import th.itabatch.workbook.stream.RowStreams;

/**
 * The annotated copy of a large survey export: a workbook of its header and the rows with problems
 * (each with its row number in the export), the problem cells highlighted and commented. Copying a
 * hundred-thousand-row export whole would need gigabytes; the rows to fix are what the user needs.
 */
public final class ProblemRowsCopyWriter {

	private ProblemRowsCopyWriter() {
	}

	public static Path write(Path folder, String baseName, Path export, List<Message> messages) throws IOException {
		TreeMap<Integer, List<Message>> byRow = new TreeMap<>();
		for (Message message : messages) {
			// Boxed on both sides: a message about the whole file has neither, and the conditional unboxed its null.
			Integer row = message.cell() != null ? Integer.valueOf(new CellReference(message.cell()).getRow() + 1)
					: message.row();
			if (row != null) {
				byRow.computeIfAbsent(row, k -> new ArrayList<>()).add(message);
			}
		}
		Path target = folder.resolve(baseName + ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); RowStream rows = RowStreams.open(export)) {
			Sheet sheet = workbook.createSheet("แถวที่มีปัญหา");
			CellAnnotator annotator = new CellAnnotator(workbook);
			int out = 0;
			boolean header = true;
			while (rows.next()) {
				List<Message> problems = byRow.get(rows.rowNumber());
				if (!header && problems == null) {
					continue;
				}
				Row row = sheet.createRow(out++);
				row.createCell(0).setCellValue(header ? "แถวในไฟล์ / row in file" : String.valueOf(rows.rowNumber()));
				for (int c = 0; c < rows.width(); c++) {
					String value = rows.value(c);
					if (value != null) {
						row.createCell(c + 1).setCellValue(value);
					}
				}
				if (problems != null) {
					for (Message problem : problems) {
						int column = problem.cell() != null ? CellRefs.column(problem.cell()) + 1 : 0;
						annotator.annotate(sheet, row.getRowNum(), column, problem);
					}
				}
				header = false;
				if (byRow.isEmpty() || rows.rowNumber() >= byRow.lastKey()) {
					break;
				}
			}
			AtomicFiles.write(target, workbook::write);
		}
		return target;
	}
}
