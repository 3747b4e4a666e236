package th.itabatch.tables;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import th.itabatch.validation.Message;

/**
 * What one input workbook yielded: its tables and every message about it.
 *
 * @param fileName the file name as the user gave it
 * @param sha256 the SHA-256 of the bytes that were read
 * @param size the size in bytes
 * @param tables the tables read, by kind
 * @param messages errors and warnings
 * @param recognisedAs the kind of a file recognised whole and read later by a step of its own (a
 *     survey export), or {@code null}
 */
public record WorkbookContent(String fileName, String sha256, long size, List<Table<?>> tables,
		List<Message> messages, String recognisedAs) {

	/** A file recognised as one kind, whose rows are read later, streaming (a survey export). */
	public static WorkbookContent recognised(String fileName, String sha256, long size, String kind) {
		return new WorkbookContent(fileName, sha256, size, List.of(), List.of(), kind);
	}

	public boolean hasErrors() {
		return messages.stream().anyMatch(Message::isError);
	}

	/** The names of the kinds it holds, in the order read. */
	public Set<String> kinds() {
		Set<String> kinds = new LinkedHashSet<>();
		for (Table<?> table : tables) {
			if (!table.rows().isEmpty()) {
				kinds.add(table.kind().name());
			}
		}
		if (recognisedAs != null) {
			kinds.add(recognisedAs);
		}
		return kinds;
	}

	/** Every row of the given type, from all tables. */
	public <T> List<T> rows(Class<T> type) {
		return tables.stream().flatMap(t -> t.rows().stream()).filter(type::isInstance).map(type::cast).toList();
	}
}
