package th.itabatch.tables;

import java.util.List;
import java.util.Optional;

import th.itabatch.workbook.CommonColumns;
import th.itabatch.workbook.UnitFinder;

/**
 * The units a department has registered, to which the unit every input names is matched: the
 * register's own name for a name, code or other spelling people type. Without a register every
 * name stands as written.
 */
public interface UnitNames extends UnitFinder {

	/** No register: every name stands as written. */
	UnitNames NONE = new UnitNames() {

		@Override
		public boolean isEmpty() {
			return true;
		}

		@Override
		public Optional<String> canonical(String typed) {
			return Optional.empty();
		}

		@Override
		public List<String> closest(String typed) {
			return List.of();
		}

		@Override
		public Optional<String> namedIn(String text) {
			return Optional.empty();
		}
	};

	/** True when there is no register to match names with. */
	boolean isEmpty();


	/** The registered unit's name for what was typed (its name, code or another name), if registered. */
	Optional<String> canonical(String typed);

	/** The registered names closest to what was typed, nearest first, for a message. */
	List<String> closest(String typed);

	/**
	 * The registered unit a file's name names, where every unit it names is that one or above it: a
	 * name naming units apart ("ITA66_กองคลัง_เทียบ_กบค") names none. Without a register, none.
	 */
	default Optional<String> namedInFileName(String text) {
		return Optional.empty();
	}

	/**
	 * The registered unit a file named so names ("ITA_กลุ่มงานระบบสารสนเทศ_ศทส.xlsx"): its name without the
	 * extension, underscores and hyphens read as spaces, as {@link #namedInFileName}. Without a register,
	 * the unit its name names as a title would, by the word of its kind ("IIT รอบ 2 2568
	 * กองการเจ้าหน้าที่.xlsx"): a trial's division without a register had its survey export reported as
	 * the configured กองคลัง.
	 */
	default Optional<String> namedInFile(String fileName) {
		if (fileName == null) {
			return Optional.empty();
		}
		int dot = fileName.lastIndexOf('.');
		String name = (dot > 0 ? fileName.substring(0, dot) : fileName).replace('_', ' ').replace('-', ' ');
		return isEmpty() ? CommonColumns.unitInTitle(name) : namedInFileName(name);
	}

	/** True when the register has units below the one of this name (a department, not a division alone). */
	default boolean hasUnitsBelow(String name) {
		return false;
	}

	/** The registered units' names a typed name stands for alike, where it names several and so none. */
	default List<String> sharing(String typed) {
		return List.of();
	}
}
