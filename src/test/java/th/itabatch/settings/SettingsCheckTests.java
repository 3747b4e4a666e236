package th.itabatch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.itabatch.catalog.CatalogProperties;
import th.itabatch.catalog.LevelScheme;
import th.itabatch.catalog.RatingScale;
import th.itabatch.inbox.InboxProperties;
import th.itabatch.report.DepartmentProperties;
import th.itabatch.report.ReportProperties;
import th.itabatch.scores.RoundComparator;
import th.itabatch.security.SecurityProperties;
import th.itabatch.units.UnitsProperties;
import th.itabatch.validation.PlainReason;

/**
 * The settings an engineer got wrong in a trial, each taken at start without a word and then wrong
 * in every report (a fiscal year of the Common Era, a target of 150, a rating scale written lowest
 * first, a register whose unit is its own parent, one folder for inputs and reports): each refused at
 * start now, naming the setting and what to write.
 */
class SettingsCheckTests {

	@Test
	void aFiscalYearOfTheCommonEraOrOfTwoDigitsIsRefusedWithTheYearToWrite() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ItaProperties.Defaults("กองคลัง", 2023))
			.withMessage("ita.defaults.fiscal-year: 2023 is a year of the Common Era; fiscal years are written in the"
					+ " Buddhist Era: 2566");
		assertThatIllegalArgumentException().isThrownBy(() -> new ItaProperties.Defaults("กองคลัง", 66))
			.withMessageContaining("four digits: 2566");
		assertThat(new ItaProperties.Defaults("กองคลัง", 2566).fiscalYear()).isEqualTo(2566);
		assertThatIllegalArgumentException().isThrownBy(() -> new LevelScheme(2021, List.of()))
			.withMessageStartingWith("ita.catalog.level-schemes from-fiscal-year: 2021 is a year of the Common Era");
		assertThat(new LevelScheme(0, List.of()).fromFiscalYear()).as("0: from the first year on").isZero();
	}

	@Test
	void aTargetIsAScoreOfARoundTheCatalogueHas() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CatalogProperties.TargetOverride(2564, 2, new BigDecimal("150")))
			.withMessage("ita.catalog.targets: the target of round 2 of fiscal year 2564 is 150; a target is a score from 1"
					+ " to 100 (92.5, not 0.925)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CatalogProperties.TargetOverride(2564, 1, new BigDecimal("0.925")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CatalogProperties.TargetOverride(2021, 1, new BigDecimal("90")))
			.withMessageContaining("2021 is a year of the Common Era");
		var roundOne = new th.itabatch.catalog.Round(1, "5 เดือนแรก", "first", java.time.Month.OCTOBER,
				java.time.Month.FEBRUARY, new BigDecimal("85"), List.of(), null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CatalogProperties(List.of(), List.of(roundOne),
					List.of(new CatalogProperties.TargetOverride(2564, 3, new BigDecimal("90"))), null, null, null))
			.withMessageContaining("names round 3, which ita.catalog.rounds does not have (its rounds: [1])");
	}

	@Test
	void roundsThatShareAMonthOrCrossTheFiscalYearAreRefused() {
		java.util.function.BiFunction<java.time.Month, java.time.Month, th.itabatch.catalog.Round> roundTwo = (first,
				last) -> new th.itabatch.catalog.Round(2, "5 เดือนหลัง", "last", first, last, new BigDecimal("92.5"),
						List.of(), null);
		var roundOne = new th.itabatch.catalog.Round(1, "5 เดือนแรก", "first", java.time.Month.OCTOBER,
				java.time.Month.FEBRUARY, new BigDecimal("85"), List.of(), null);

		assertThat(new CatalogProperties(List.of(), List.of(roundOne, roundTwo.apply(java.time.Month.MARCH,
				java.time.Month.JULY)), null, null, null, null).rounds()).hasSize(2);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CatalogProperties(List.of(),
					List.of(roundOne, roundTwo.apply(java.time.Month.FEBRUARY, java.time.Month.JULY)), null, null, null, null))
			.withMessage("ita.catalog.rounds: round 2 and round 1 both hold FEBRUARY; a month is of one round (round 1:"
					+ " OCTOBER to FEBRUARY)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CatalogProperties(List.of(),
					List.of(roundOne, roundTwo.apply(java.time.Month.JULY, java.time.Month.NOVEMBER)), null, null, null, null))
			.withMessageContaining("runs from JULY to NOVEMBER, across the start of the fiscal year (OCTOBER)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CatalogProperties(List.of(), List.of(roundOne, roundOne), null, null, null, null))
			.withMessage("ita.catalog.rounds: round 1 is given twice; each round has its own number");
		var roundOfAFraction = new th.itabatch.catalog.Round(1, "5 เดือนแรก", "first", java.time.Month.OCTOBER,
				java.time.Month.FEBRUARY, new BigDecimal("0.85"), List.of(), null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CatalogProperties(List.of(), List.of(roundOfAFraction), null, null, null, null))
			.withMessageContaining("round 1 has the target 0.85; a target is a score from 1 to 100");
	}

	@Test
	void aRatingScaleWrittenLowestFirstRatesAsWrittenHighestFirst() {
		RatingScale scale = new RatingScale("กรม", 2564, List.of(new RatingScale.Rating("ผ่าน", new BigDecimal("80"), null),
				new RatingScale.Rating("ผ่านดีเยี่ยม", new BigDecimal("90"), null),
				new RatingScale.Rating("ไม่ผ่าน", BigDecimal.ZERO, null)));

		assertThat(scale.rate(new BigDecimal("92.51"), Map.of())).contains("ผ่านดีเยี่ยม");
		assertThat(scale.rate(new BigDecimal("85"), Map.of())).contains("ผ่าน");
		assertThatIllegalArgumentException().isThrownBy(() -> new RatingScale("กรม", 2564,
				List.of(new RatingScale.Rating("ผ่าน", null, null))))
			.withMessage("ita.catalog.rating-scales: a rating of the scale กรม gives no min");
	}

	@Test
	void aDueDayALevelCountAndAFileWaitOutOfRangeAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReportProperties(null, true, "", RoundComparator.Goal.NEXT_ROUND, 32))
			.withMessage("ita.report.due-day: 32 is no day of a month (1 to 31)");
		assertThatIllegalArgumentException().isThrownBy(() -> new DepartmentProperties(true, 0, "ทุกหน่วยงาน"))
			.withMessageContaining("ita.departments.enabled: false");
		assertThat(new DepartmentProperties(false, 0, "ทุกหน่วยงาน").levels()).as("switched off, not refused").isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> new InboxProperties(true, 3, 0))
			.withMessageStartingWith("ita.inbox.poll-seconds is at least 1");
		assertThat(new InboxProperties(true, 0, 2).settleSeconds()).as("files moved in whole").isZero();
	}

	@Test
	void oneFolderForInputsAndReportsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ItaProperties(Path.of("data"), Path.of("/srv/ita/x"), Path.of("/srv/ita/x/"),
					new ItaProperties.Defaults(null, null)))
			.withMessageStartingWith("ita.input-dir and ita.output-dir are one folder");
	}

	@Test
	void usersOfOneNameOrWithAPlainPasswordAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SecurityProperties(List.of(new SecurityProperties.User("somchai", "secret", null))))
			.withMessageContaining("the password of somchai is not a hash");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SecurityProperties(List.of(new SecurityProperties.User("a", "{bcrypt}x", null),
					new SecurityProperties.User("a", "{bcrypt}y", null))))
			.withMessage("ita.security.users: the user name a is given twice");
	}

	@Test
	void aRegisterWithAUnitItsOwnParentOrAParentNotInItIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnitsProperties(List.of(new UnitsProperties.Entry("1", "กรม", List.of(), null, null),
					new UnitsProperties.Entry("11", "กองคลัง", List.of(), "11", null))))
			.withMessageStartingWith("ita.units.register: REGISTER_CYCLE: the parents of กองคลัง lead back to it");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnitsProperties(List.of(new UnitsProperties.Entry("1", "กรม", List.of(), null, null),
					new UnitsProperties.Entry("11", "กองคลัง", List.of(), "9", null))))
			.withMessageContaining("REGISTER_PARENT_UNKNOWN");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnitsProperties(List.of(new UnitsProperties.Entry("1", "กรม", List.of(), null, null),
					new UnitsProperties.Entry("11", "กองคลัง", List.of(), "1", null),
					new UnitsProperties.Entry("12", "กองคลัง", List.of(), "1", null))))
			.withMessageContaining("REGISTER_NAME_TWICE");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnitsProperties(List.of(new UnitsProperties.Entry("1", "กรม", List.of(), null, null),
					new UnitsProperties.Entry("1", "กองคลัง", List.of(), "1", null))))
			.as("a retrial read \"first at null\"")
			.withMessageContaining("unit code \"1\" appears twice (first at กรม)");
	}

	/** A retrial's one-shot command said "No enum constant th.itabatch.scores.RoundComparator.Goal.NEXT". */
	@Test
	void aValueNotInASettingsListIsToldWithTheSettingAndItsValues() {
		Exception failure = new IllegalStateException("Failed to bind properties under 'ita.report.goal' to"
				+ " th.itabatch.scores.RoundComparator$Goal", new IllegalStateException("Failed to convert",
						new IllegalArgumentException("No enum constant th.itabatch.scores.RoundComparator.Goal.NEXT")));

		assertThat(PlainReason.of(failure)).isEqualTo("ita.report.goal: NEXT is not one of its values (NEXT_ROUND, SAME_ROUND)");
	}

	/** A trial's ita.report.due-days, ita.security.user were ignored without a word. */
	@Test
	void aKeyNoSettingReadsIsNamedWithTheNearestOne() {
		Map<String, List<Class<?>>> settings = Map.of("ita.report", List.of(ReportProperties.class), "ita.security",
				List.of(SecurityProperties.class), "ita", List.of(ItaProperties.class));

		assertThat(UnknownSettings.unknown("ita.report.due-days", settings))
			.contains(new UnknownSettings.Unknown("ita.report.due-days", "ita.report.due-day"));
		assertThat(UnknownSettings.unknown("ita.security.user[0].role", settings))
			.contains(new UnknownSettings.Unknown("ita.security.user", "ita.security.users"));
		assertThat(UnknownSettings.unknown("ita.report.dueDay", settings)).as("bound as Spring binds it").isEmpty();
		assertThat(UnknownSettings.unknown("ita.report.templates[0].name", settings)).isEmpty();
		assertThat(UnknownSettings.unknown("ita.defaults.fiscal-year", settings)).isEmpty();
		assertThat(UnknownSettings.unknown("ita.defaults.fiscal-yaer", settings))
			.contains(new UnknownSettings.Unknown("ita.defaults.fiscal-yaer", "ita.defaults.fiscal-year"));
	}

	@Test
	void theOneShotCommandTellsARefusedSettingWhole() {
		String longer = "ita.units.register: " + "x".repeat(300);
		assertThat(PlainReason.of(new IllegalStateException("binding", new IllegalArgumentException(longer)))).isEqualTo(longer);
	}
}
