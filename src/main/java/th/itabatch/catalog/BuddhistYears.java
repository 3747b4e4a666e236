package th.itabatch.catalog;

/**
 * A fiscal year as a setting gives it, which is written in the Buddhist Era in four digits: a year of
 * the Common Era (2023) or two digits (66) is refused at start, naming the setting and what to write
 * (a trial's 2023 went into every printed date as "๒๐๒๓", and a 66 stopped every run).
 */
public final class BuddhistYears {

	private BuddhistYears() {
	}

	/**
	 * Refuses a year that is not one of the Buddhist Era.
	 *
	 * @param setting the setting's name, for the message ("ita.defaults.fiscal-year")
	 * @param year the year as configured
	 */
	public static void require(String setting, int year) {
		if (year >= 2400 && year <= 2800) {
			return;
		}
		if (year >= 1900 && year < 2400) {
			throw new IllegalArgumentException(setting + ": " + year + " is a year of the Common Era; fiscal years are"
					+ " written in the Buddhist Era: " + (year + 543));
		}
		if (year >= 0 && year < 100) {
			throw new IllegalArgumentException(setting + ": " + year + " is not a whole year; write the fiscal year in"
					+ " the Buddhist Era, in four digits: " + (2500 + year));
		}
		throw new IllegalArgumentException(setting + ": " + year + " is not a fiscal year of the Buddhist Era (such as 2567)");
	}
}
