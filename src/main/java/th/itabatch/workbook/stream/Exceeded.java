package th.itabatch.workbook.stream;

import java.util.Locale;

import th.itabatch.workbook.LimitExceededException;
import th.itabatch.workbook.WorkbookLimits;

/**
 * The {@link LimitExceededException}s of the stream readers, each naming in words what went over and
 * the {@code ita.limits.*} setting that raises it, so every reader words a limit alike.
 */
final class Exceeded {

	private Exceeded() {
	}

	/**
	 * The longest run of markup or text, in bytes, a part may hold between two of its '<' or '>': a
	 * cell's text at 8 bytes a character (a Thai letter takes 3 in UTF-8, an escape such as
	 * {@code &quot;} or {@code _x000D_} up to 8), and never less than 64 KB for tags of many attributes.
	 * Beyond it a tag name, an attribute or a text is hostile, and is refused before it is buffered.
	 */
	static int markupBytes(WorkbookLimits limits) {
		return (int) Math.min(1 << 30, Math.max(65_536L, 8L * limits.maxCellChars()));
	}

	static LimitExceededException fileBytes(long size, WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-file-bytes",
				"a file of " + number(size) + " bytes (at most " + number(limits.maxFileBytes()) + ")");
	}

	static LimitExceededException zipEntries(int entries, WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-zip-entries",
				"a workbook of " + number(entries) + " parts (at most " + number(limits.maxZipEntries()) + ")");
	}

	static LimitExceededException relationships(String part, WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-zip-entries", "the part " + part + " naming more than "
				+ number(limits.maxZipEntries()) + " parts");
	}

	static LimitExceededException partBytes(String part, WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-part-bytes", "the part " + part + " larger than "
				+ number(limits.maxPartBytes()) + " bytes once uncompressed");
	}

	static LimitExceededException totalBytes(WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-total-bytes",
				"parts larger than " + number(limits.maxTotalBytes()) + " bytes together once uncompressed");
	}

	static LimitExceededException expansion(String part, long ratio, WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-expansion-ratio", "the part " + part + " expanding "
				+ number(ratio) + " times its compressed size (at most " + number(limits.maxExpansionRatio()) + ")");
	}

	static LimitExceededException markup(String part, WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-cell-chars", "an XML tag, attribute or text in " + part
				+ " longer than " + number(markupBytes(limits)) + " bytes (8 bytes a character of the longest cell text)");
	}

	static LimitExceededException sharedStrings(WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-shared-strings",
				"more than " + number(limits.maxSharedStrings()) + " shared strings");
	}

	static LimitExceededException sharedStringChars(WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-shared-string-chars",
				"shared strings of more than " + number(limits.maxSharedStringChars()) + " characters together");
	}

	static LimitExceededException cellChars(String where, WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-cell-chars",
				"a text of more than " + number(limits.maxCellChars()) + " characters " + where);
	}

	static LimitExceededException rows(String what, WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-rows",
				what + " (a sheet has at most " + number(limits.maxRows()) + " rows)");
	}

	static LimitExceededException columns(String what, WorkbookLimits limits) {
		return new LimitExceededException("ita.limits.max-columns",
				what + " (a row has at most " + number(limits.maxColumns()) + " columns)");
	}

	static String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}
}
