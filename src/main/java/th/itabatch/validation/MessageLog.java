package th.itabatch.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import th.itabatch.workbook.UnitAndYear;
import th.itabatch.workbook.UnreadableWorkbookException;

/** Collects the messages about one file while it is read. */
public final class MessageLog {

	private final String file;

	private final List<Message> messages = new ArrayList<>();

	/** What a sheet's reading saw that a check across the workbook needs: a score cell left blank. */
	private final List<Object> notes = new ArrayList<>();

	public MessageLog(String file) {
		this.file = file;
	}

	public String file() {
		return file;
	}

	/** A message about the whole file. */
	public void file(MessageCode code, Object... args) {
		add(code, null, null, null, args);
	}

	/** Why the file could not be read as a workbook. */
	public void unreadable(UnreadableWorkbookException ex) {
		// What the file is comes as "Thai / English" where the reader knows it in both languages.
		String detail = PlainReason.clean(ex.detail());
		file(MessageCode.of(ex.reason()), PlainReason.inLanguage(detail, false), PlainReason.inLanguage(detail, true));
	}

	/**
	 * Where a sheet without a unit column names no unit of its own: the one taken from the configuration
	 * or from the file's name, said at the table's header row with how to name it.
	 */
	public void unitAssumed(java.util.Optional<UnitAndYear.Resolved<String>> unit, String sheet, int row) {
		unit.ifPresent(u -> {
			if (u.source() == UnitAndYear.Source.CONFIGURATION) {
				row(MessageCode.UNIT_FROM_CONFIGURATION, sheet, row, u.value());
			}
			else if (u.source() == UnitAndYear.Source.FILE_NAME) {
				row(MessageCode.UNIT_FROM_FILE_NAME, sheet, row, u.value());
			}
		});
	}

	/** A message about one cell. */
	public void cell(MessageCode code, String sheet, String cell, Object... args) {
		add(code, sheet, cell, null, args);
	}

	/** A message about one row (1-based) or a whole sheet (row {@code null}). */
	public void row(MessageCode code, String sheet, Integer row, Object... args) {
		add(code, sheet, null, row, args);
	}

	/** A table's hidden rows that were read ({@link th.itabatch.workbook.TableRows#hiddenRead}), said once, at the first. */
	public void hiddenRowsRead(String sheet, java.util.List<Integer> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder ranges = new StringBuilder();
		for (int i = 0; i < rows.size(); i++) {
			int first = rows.get(i);
			while (i + 1 < rows.size() && rows.get(i + 1) == rows.get(i) + 1) {
				i++;
			}
			ranges.append(ranges.length() == 0 ? "" : ", ").append(first);
			if (rows.get(i) != first) {
				ranges.append('–').append(rows.get(i));
			}
		}
		row(MessageCode.ROWS_HIDDEN, sheet, rows.get(0), ranges.toString());
	}

	private void add(MessageCode code, String sheet, String cell, Integer row, Object... args) {
		messages.add(new Message(code.severity(), code.name(), file, sheet, cell, row, code.thai(args), code.english(args),
				null));
	}

	/** How many messages there are so far: a mark for {@link #about(int, String)}. */
	public int size() {
		return messages.size();
	}

	/**
	 * Says that the messages since the mark are about the unit (those about none so far): a workbook
	 * of many units' rows warns of one unit's row, and only that unit's report repeats it.
	 */
	public void about(int mark, String unit) {
		if (unit == null) {
			return;
		}
		for (int i = mark; i < messages.size(); i++) {
			Message message = messages.get(i);
			if (message.unit() == null) {
				messages.set(i, message.withUnit(unit));
			}
		}
	}

	/** Notes a fact for a check across the workbook; no message of its own. */
	public void note(Object fact) {
		notes.add(fact);
	}

	/** The facts of a type noted so far. */
	public <T> List<T> notes(Class<T> type) {
		return notes.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** Changes the noted facts of a type: their units as the register names them. */
	public <T> void replaceNotes(Class<T> type, UnaryOperator<T> change) {
		notes.replaceAll(fact -> type.isInstance(fact) ? change.apply(type.cast(fact)) : fact);
	}

	/** Names the units of the messages as the register does ("กค." becomes "กองคลัง"). */
	public void renameUnits(UnaryOperator<String> registered) {
		messages.replaceAll(m -> m.unit() == null ? m : m.withUnit(registered.apply(m.unit())));
	}

	public void addAll(List<Message> more) {
		messages.addAll(more);
	}

	public boolean hasErrors() {
		return messages.stream().anyMatch(Message::isError);
	}

	public List<Message> messages() {
		return Collections.unmodifiableList(messages);
	}
}
