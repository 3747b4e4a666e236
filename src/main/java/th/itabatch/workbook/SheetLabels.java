package th.itabatch.workbook;

import java.util.Optional;
import java.util.function.Function;

import th.itabatch.thai.ThaiText;

/**
 * Reads labelled cells in the rows above a table: "หน่วยงาน: กองคลัง" in one cell, or "หน่วยงาน" in
 * one cell and "กองคลัง" in the next non-empty cell to its right.
 */
public final class SheetLabels {

	private SheetLabels() {
	}

	/** The value of the first cell above {@code beforeRow} that starts with one of the labels. */
	public static Optional<LabelledValue> find(SheetReader sheet, int beforeRow, ColumnAliases labels) {
		for (int row = 0; row < beforeRow; row++) {
			int width = sheet.width(row);
			for (int c = 0; c < width; c++) {
				Optional<String> rest = labels.valueAfter(sheet.text(row, c));
				if (rest.isEmpty()) {
					continue;
				}
				if (!rest.get().isEmpty()) {
					return Optional.of(new LabelledValue(rest.get(), CellRefs.of(row, c)));
				}
				for (int next = c + 1; next < width; next++) {
					String value = sheet.text(row, next);
					if (!value.isEmpty()) {
						return Optional.of(new LabelledValue(stripSeparators(value), CellRefs.of(row, next)));
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The first value that {@code reader} finds in any cell above {@code beforeRow} (titles, notes). */
	public static <T> Optional<Located<T>> scan(SheetReader sheet, int beforeRow, Function<String, Optional<T>> reader) {
		for (int row = 0; row < beforeRow; row++) {
			int width = sheet.width(row);
			for (int c = 0; c < width; c++) {
				String text = sheet.text(row, c);
				if (!text.isEmpty()) {
					Optional<T> value = reader.apply(text);
					if (value.isPresent()) {
						return Optional.of(new Located<>(value.get(), CellRefs.of(row, c)));
					}
				}
			}
		}
		return Optional.empty();
	}

	private static String stripSeparators(String text) {
		return ThaiText.clean(text.replaceFirst("^[\\s:：\\-–]+", ""));
	}

	/**
	 * A value found in a cell.
	 *
	 * @param value the value
	 * @param cell the A1 reference of its cell
	 * @param <T> the value type
	 */
	public record Located<T>(T value, String cell) {
	}
}
