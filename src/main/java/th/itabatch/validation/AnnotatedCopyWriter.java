package th.itabatch.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

import th.itabatch.files.AtomicFiles;
import th.itabatch.workbook.UnreadableWorkbookException;
import th.itabatch.workbook.WorkbookLimits;
import th.itabatch.workbook.WorkbookOpener;

/**
 * Writes a copy of the user's workbook with every problem cell highlighted (red for errors,
 * yellow for warnings) and the message in a comment on it, so they can fix it where it is. The
 * copy is made from the bytes read; the user's own file is never opened for writing.
 */
public final class AnnotatedCopyWriter {

	private static final String AUTHOR = "ITA Batch";

	private AnnotatedCopyWriter() {
	}

	/**
	 * Writes the annotated copy as {@code <baseName>.<extension of its real format>} in the folder.
	 * @return the copy, or empty when the file cannot be opened as a workbook (nothing to annotate)
	 */
	public static Optional<Path> write(Path folder, String baseName, byte[] original, List<Message> messages)
			throws IOException {
		return write(folder, baseName, original, messages, WorkbookLimits.DEFAULTS);
	}

	/** As {@link #write(Path, String, byte[], List)}, a workbook over the limits getting no copy. */
	public static Optional<Path> write(Path folder, String baseName, byte[] original, List<Message> messages,
			WorkbookLimits limits) throws IOException {
		try (Workbook workbook = WorkbookOpener.open(original, limits)) {
			CellAnnotator annotator = new CellAnnotator(workbook);
			for (Message message : messages) {
				Sheet sheet = message.sheet() == null ? firstVisibleSheet(workbook) : workbook.getSheet(message.sheet());
				if (sheet == null) {
					continue;
				}
				CellReference where = message.cell() != null ? new CellReference(message.cell())
						: new CellReference(message.row() == null ? 0 : message.row() - 1, 0);
				annotator.annotate(sheet, where.getRow(), where.getCol(), message);
			}
			Path target = folder.resolve(baseName + "." + extension(workbook));
			AtomicFiles.write(target, workbook::write);
			return Optional.of(target);
		}
		catch (UnreadableWorkbookException ex) {
			return Optional.empty();
		}
	}

	private static Sheet firstVisibleSheet(Workbook workbook) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
				return workbook.getSheetAt(i);
			}
		}
		return workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
	}

	static String extension(Workbook workbook) {
		if (workbook instanceof XSSFWorkbook xssf) {
			return xssf.getWorkbookType() == XSSFWorkbookType.XLSM ? "xlsm" : "xlsx";
		}
		return "xls";
	}
}
