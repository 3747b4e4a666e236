package th.itabatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.itabatch.catalog.TestCatalog;
import th.itabatch.scores.RoundComparator;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoreTrend;
import th.itabatch.units.RegisteredUnit;
import th.itabatch.units.UnitRegister;

/** A department's figures worked out by hand: ranks with ties, roll-ups, indicator means, deadlines, the narrative. */
class DepartmentReportAssemblerTests {

	private static final YearMonth JUNE = YearMonth.of(2021, 6);

	private final DepartmentReportAssembler assembler = new DepartmentReportAssembler(
			TestCatalog.shipped().indicators().all(),
			new ReportProperties(null, true, "KPI", RoundComparator.Goal.NEXT_ROUND, 10));

	private static UnitRegister register() {
		return new UnitRegister(List.of(unit("1", "กรม", null), unit("11", "กองหนึ่ง", "1"), unit("12", "สำนักสอง", "1"),
				unit("121", "กลุ่มก", "12"), unit("122", "กลุ่มข", "12"), unit("123", "กลุ่มค", "12"),
				unit("13", "กองเงียบ", "1")));
	}

	private static RegisteredUnit unit(String code, String name, String parent) {
		return new RegisteredUnit(code, name, List.of(), parent, null, null, null);
	}

	private static UnitStanding scored(String unit, String overall, LocalDateTime made, int... indicators) {
		Map<Integer, UnitStanding.IndicatorStanding> scores = new java.util.TreeMap<>();
		for (int i = 0; i < indicators.length; i++) {
			scores.put(i + 1, new UnitStanding.IndicatorStanding(i + 1, BigDecimal.valueOf(indicators[i]),
					indicators[i] >= 85, "A", new BigDecimal("85")));
		}
		BigDecimal score = new BigDecimal(overall);
		return new UnitStanding(unit, 1L, made, 2564, 2, score, new BigDecimal("92.50"),
				score.compareTo(new BigDecimal("92.50")) >= 0, "A", null, null, null, null, null, scores,
				new UnitStanding.Arrivals(true, false, false, false));
	}

	/**
	 * A new fiscal year's report before its first round's results says its scores are last year's: a
	 * trial's October report of FY 2569 gave FY 2568's passes under its own year's title.
	 */
	@Test
	void aNewYearsReportSaysItsScoresAreLastYears() {
		Map<String, UnitStanding> standings = Map.of("กองหนึ่ง", scored("กองหนึ่ง", "90", null));
		Department top = Departments.of(register(), 2, standings.keySet(), "ทุกหน่วยงาน").get(0);

		String october = assembler.assemble(top, YearMonth.of(2021, 10), standings, Map.of(), LocalDate.of(2021, 11, 1))
			.narrative();
		String june = assembler.assemble(top, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1)).narrative();

		assertThat(october).contains("คะแนนภาพรวมเฉลี่ย ๙๐.๐๐ (ผลคะแนนล่าสุดเป็นของปีงบประมาณ ๒๕๖๔ รอบที่ ๒ "
				+ "ยังไม่มีผลคะแนนของปีงบประมาณ ๒๕๖๕)");
		assertThat(june).doesNotContain("ผลคะแนนล่าสุดเป็นของ");
	}

	@Test
	void theRegisterMakesADepartmentOfEveryParentDownToTheLevelsConfigured() {
		Map<String, UnitStanding> standings = Map.of("กองหนึ่ง", scored("กองหนึ่ง", "90", null));
		List<Department> two = Departments.of(register(), 2, standings.keySet(), "ทุกหน่วยงาน");
		assertThat(two).extracting(Department::name).containsExactly("กรม", "สำนักสอง");
		Department top = two.get(0);
		assertThat(top.members()).extracting(Department.Member::name)
			.as("a unit with units below it and no data of its own is not a row")
			.containsExactly("กองหนึ่ง", "กลุ่มก", "กลุ่มข", "กลุ่มค", "กองเงียบ");
		assertThat(top.members()).extracting(Department.Member::branch)
			.containsExactly("กองหนึ่ง", "สำนักสอง", "สำนักสอง", "สำนักสอง", "กองเงียบ");
		assertThat(top.members()).extracting(Department.Member::depth).containsExactly(1, 2, 2, 2, 1);
		assertThat(top.branches()).extracting(Department.Branch::name).as("every unit directly below, so they add up")
			.containsExactly("กองหนึ่ง", "สำนักสอง", "กองเงียบ");
		assertThat(two.get(1).branches()).as("its units all without units below: the branches would repeat them")
			.isEmpty();
		assertThat(Departments.of(register(), 1, standings.keySet(), "ทุกหน่วยงาน")).extracting(Department::name)
			.containsExactly("กรม");
	}

	@Test
	void aDivisionWithDataOfItsOwnIsOneOfItsDepartmentsUnitsAsOfItsBranch() {
		Map<String, UnitStanding> standings = Map.of("สำนักสอง", scored("สำนักสอง", "90", null), "กลุ่มก",
				scored("กลุ่มก", "91", null));
		List<Department> departments = Departments.of(register(), 2, standings.keySet(), "-");
		Department division = departments.get(1);
		assertThat(division.members()).extracting(Department.Member::name)
			.containsExactly("สำนักสอง", "กลุ่มก", "กลุ่มข", "กลุ่มค");
		assertThat(division.members().get(0).parent()).as("its own row's สังกัด: the unit above it").isEqualTo("กรม");
		DepartmentReport top = assembler.assemble(departments.get(0), JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1));
		assertThat(top.branches().get(1).units()).as("its branch row counts as many as its own page")
			.isEqualTo(division.members().size());
	}

	@Test
	void aDepartmentsOwnDataIsABranchOfItsOwnSoTheBranchesAddUpAndTheNarrativeDoesNotCountItBelow() {
		Map<String, UnitStanding> standings = Map.of("กรม", scored("กรม", "89.25", null), "กองหนึ่ง",
				scored("กองหนึ่ง", "95.24", null), "กลุ่มก", scored("กลุ่มก", "90", null));
		Department top = Departments.of(register(), 2, standings.keySet(), "-").get(0);
		assertThat(top.members()).extracting(Department.Member::name, Department.Member::parent)
			.as("a trial: the column headed สังกัด held the unit's own name")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("กรม", "-"),
					org.assertj.core.groups.Tuple.tuple("กองหนึ่ง", "กรม"),
					org.assertj.core.groups.Tuple.tuple("กลุ่มก", "สำนักสอง"),
					org.assertj.core.groups.Tuple.tuple("กลุ่มข", "สำนักสอง"),
					org.assertj.core.groups.Tuple.tuple("กลุ่มค", "สำนักสอง"),
					org.assertj.core.groups.Tuple.tuple("กองเงียบ", "กรม"));

		DepartmentReport report = assembler.assemble(top, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1));

		assertThat(report.branches()).extracting(DepartmentReport.RollUp::name)
			.containsExactly("กรม (หน่วยงานเอง)", "กองหนึ่ง", "สำนักสอง", "กองเงียบ");
		assertThat(report.branches().stream().mapToInt(DepartmentReport.RollUp::units).sum())
			.as("a trial: branches of 1 + 4 + 2 beside a department of 8").isEqualTo(report.summary().units()).isEqualTo(6);
		assertThat(report.branches().stream().mapToInt(DepartmentReport.RollUp::scored).sum()).isEqualTo(3);
		assertThat(report.branches().get(0).mean()).isEqualByComparingTo("89.25");
		assertThat(report.narrative()).as("a trial: 'มีหน่วยงานในสังกัดที่ติดตาม ๘' for 7 below it and itself")
			.startsWith("กรม มีหน่วยงานในสังกัดที่ติดตาม ๕ หน่วยงาน และข้อมูลของกรมเอง รวม ๖ รายการ ข้อมูล ณ เดือนมิถุนายน ๒๕๖๔");
		UnitRegister regions = new UnitRegister(List.of(unit("1", "สำนักงานภาคที่ 1", null), unit("11", "สำนักงานจังหวัดตราด", "1")));
		Department region = Departments.of(regions, 1, Set.of("สำนักงานภาคที่ 1"), "-").get(0);
		assertThat(assembler.assemble(region, JUNE, Map.of("สำนักงานภาคที่ 1", scored("สำนักงานภาคที่ 1", "88", null)),
				Map.of(), LocalDate.of(2021, 7, 1)).narrative())
			.as("a trial's 'ข้อมูลของสำนักงานภาคที่ ๑เอง'")
			.startsWith("สำนักงานภาคที่ 1 มีหน่วยงานในสังกัดที่ติดตาม ๑ หน่วยงาน และข้อมูลของสำนักงานภาคที่ 1 เอง รวม ๒ รายการ");
	}

	@Test
	void aNameTheRegisterKnowsAsAnotherNameIsNotOutsideIt() {
		UnitRegister mended = new UnitRegister(List.of(unit("1", "กรม", null),
				new RegisteredUnit("11", "กองหนึ่ง", List.of("กองหนง"), "1", null, null, null), unit("12", "กองสอง", "1")));
		// The misspelt name had a report of its own before the register learnt it (a trial).
		List<String> withData = List.of("กรม", "กองหนึ่ง", "กองหนง", "กองนอก");

		assertThat(Departments.of(mended, 2, withData, "-").get(0).outside())
			.as("a trial: the ministry's narrative still named a misspelling added to the register as not counted")
			.containsExactly(new Department.Outside("กองนอก", null));
	}

	@Test
	void aMisspeltUnitWhoseDataAreOfAnotherMonthIsNamedToo() {
		// December's report, its units' plans of the new year; the misspelt unit's scores are last year's and
		// it was reported alone on July (a trial: December said กองหนึ่ง had sent nothing, and no more).
		List<String> ofTheMonth = List.of("กรม", "สำนักสอง");

		Department top = Departments.of(register(), 2, ofTheMonth, List.of("สำนักสอง", "กองหนึง"), "-").get(0);

		assertThat(top.outside()).containsExactly(new Department.Outside("กองหนึง", "กองหนึ่ง"));
		assertThat(top.members()).extracting(Department.Member::name).doesNotContain("กองหนึง");
	}

	@Test
	void aUnitWhoseDataCameUnderAMisspeltNameIsSaidToHaveSentItSo() {
		Map<String, UnitStanding> standings = Map.of("กองหนึ่ง", scored("กองหนึ่ง", "93", null), "กองเงยบ",
				scored("กองเงยบ", "90", null), "ศูนย์ข้อมูลกลาง", scored("ศูนย์ข้อมูลกลาง", "88", null));
		Department top = Departments.of(register(), 2, standings.keySet(), "-").get(0);
		assertThat(top.outside()).containsExactlyInAnyOrder(new Department.Outside("กองเงยบ", "กองเงียบ"),
				new Department.Outside("ศูนย์ข้อมูลกลาง", null));

		String narrative = assembler.assemble(top, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1)).narrative();
		assertThat(narrative).as("a trial: the office read 'sent nothing' for a unit whose scores came misspelt")
			.contains("กองเงียบ (มีข้อมูลส่งมาในชื่อ กองเงยบ ซึ่งน่าจะเป็นหน่วยงานนี้)")
			.contains("กองเงยบ (น่าจะเป็น กองเงียบ)")
			.doesNotContain("ศูนย์ข้อมูลกลาง (น่าจะเป็น");
	}

	@Test
	void aDivisionIsToldOfAMisspellingLikelyToBeOneOfItsOwnUnits() {
		UnitRegister register = new UnitRegister(List.of(unit("1", "กรม", null), unit("11", "กองคลัง", "1"),
				unit("111", "กลุ่มงานบัญชี", "11"), unit("112", "กลุ่มงานพัสดุ", "11"), unit("12", "กองแผน", "1"),
				unit("121", "กลุ่มงานนโยบาย", "12"), unit("122", "กลุ่มงานติดตาม", "12")));
		Map<String, UnitStanding> standings = Map.of("กลุ่มงานบญชี", scored("กลุ่มงานบญชี", "90", null),
				"กลุ่มงานพัสดุ", scored("กลุ่มงานพัสดุ", "92", null), "กลุ่มงานนโยบาย", scored("กลุ่มงานนโยบาย", "91", null),
				"กลุ่มงานติดตาม", scored("กลุ่มงานติดตาม", "93", null));
		List<Department> departments = Departments.of(register, 2, standings.keySet(), "-");
		Department finance = departments.stream().filter(d -> d.name().equals("กองคลัง")).findFirst().orElseThrow();
		Department planning = departments.stream().filter(d -> d.name().equals("กองแผน")).findFirst().orElseThrow();

		assertThat(finance.outside()).containsExactly(new Department.Outside("กลุ่มงานบญชี", "กลุ่มงานบัญชี"));
		assertThat(planning.outside()).as("none likely to be its own").isEmpty();
		assertThat(assembler.assemble(finance, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1)).narrative())
			.as("a holdout trial: the division said its group sent nothing, without the department's hint")
			.contains("กลุ่มงานบัญชี (มีข้อมูลส่งมาในชื่อ กลุ่มงานบญชี ซึ่งน่าจะเป็นหน่วยงานนี้)")
			.contains("กลุ่มงานบญชี (น่าจะเป็น กลุ่มงานบัญชี)");
	}

	/**
	 * Data under a name the register lists twice (a row copied) names neither unit: a trial's ministry
	 * called it a unit outside the register, to be added to it, and both twins silent without a word.
	 */
	@Test
	void dataUnderANameTheRegisterListsTwiceAreSaidToNameNeither() {
		UnitRegister twice = new UnitRegister(List.of(unit("1", "กรม", null), unit("11", "กองคลัง", "1"),
				unit("111", "กลุ่มงานพัฒนาบุคคล", "11"), unit("112", "กลุ่มงานพัสดุ", "11"), unit("113", "กลุ่มงานพัฒนาบุคคล", "11")));
		Map<String, UnitStanding> standings = Map.of("กลุ่มงานพัฒนาบุคคล", scored("กลุ่มงานพัฒนาบุคคล", "90", null),
				"กลุ่มงานพัสดุ", scored("กลุ่มงานพัสดุ", "92", null));
		List<Department> departments = Departments.of(twice, 2, standings.keySet(), "-");
		Department finance = departments.stream().filter(d -> d.name().equals("กองคลัง")).findFirst().orElseThrow();

		assertThat(finance.outside()).singleElement().satisfies(o -> {
			assertThat(o.name()).isEqualTo("กลุ่มงานพัฒนาบุคคล");
			assertThat(o.likely()).isNull();
			assertThat(o.sharedBy()).containsExactly("กลุ่มงานพัฒนาบุคคล (กองคลัง)", "กลุ่มงานพัฒนาบุคคล (113)");
		});
		String narrative = assembler.assemble(finance, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1)).narrative();
		assertThat(narrative)
			.contains("มีข้อมูลที่ส่งมาในชื่อ กลุ่มงานพัฒนาบุคคล ซึ่งเป็นชื่อของ ๒ หน่วยงานในทะเบียน ได้แก่ "
					+ "กลุ่มงานพัฒนาบุคคล (กองคลัง) และ กลุ่มงานพัฒนาบุคคล (113) จึงไม่ทราบว่าเป็นของหน่วยงานใด")
			.contains("ให้ลบแถวที่ซ้ำ")
			.contains("กลุ่มงานพัฒนาบุคคล (กองคลัง) (มีข้อมูลส่งมาในชื่อ กลุ่มงานพัฒนาบุคคล ซึ่งอาจเป็นของหน่วยงานนี้)")
			.doesNotContain("ไม่อยู่ในทะเบียนหน่วยงาน");
	}

	@Test
	void overallsOfTheWholeItaAmongThoseOfOneToolAreSaidToBe() {
		Map<String, UnitStanding> mixed = Map.of("กลุ่มก", scored("กลุ่มก", "95.24", null, 94, 95, 96, 93, 94, 92, 93, 93, 98, 97),
				"กลุ่มข", scored("กลุ่มข", "90.80", null, 90, 91, 92, 90, 91));
		Department division = Departments.of(register(), 2, mixed.keySet(), "-").get(1);
		DepartmentReport report = assembler.assemble(division, JUNE, mixed, Map.of(), LocalDate.of(2021, 7, 1));

		assertThat(report.narrative()).as("a trial: 95.24 of three tools ranked above IIT alone with no word of it")
			.contains("คะแนนภาพรวมของ กลุ่มก เป็นคะแนน ITA รวมของหลายเครื่องมือ (IIT EIT OIT) "
					+ "ส่วนของหน่วยงานอื่นเป็นคะแนนของเครื่องมือเดียว");
		Map<String, Object> model = DepartmentTemplateModel.of(report, "KPI", new ThaiFormat(true), java.time.LocalDateTime.now());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> units = (List<Map<String, Object>>) model.get("units");
		assertThat(units).extracting(u -> u.get("basis")).containsExactly("ITA", "IIT", "-");
		// A holdout trial: the tools' scores beside the total, as workbook-formats.md gives the department
		// report. By hand: IIT (94+95+96+93+94)/5, EIT (92+93+93)/3 = 92.666…, OIT (98+97)/2.
		assertThat(units).extracting(u -> u.get("iit"), u -> u.get("eit"), u -> u.get("oit")).containsExactly(
				org.assertj.core.groups.Tuple.tuple(new BigDecimal("94.40"), new BigDecimal("92.67"), new BigDecimal("97.50")),
				org.assertj.core.groups.Tuple.tuple(new BigDecimal("90.80"), null, null),
				org.assertj.core.groups.Tuple.tuple(null, null, null));

		Map<String, UnitStanding> internal = Map.of("กลุ่มข", scored("กลุ่มข", "90.80", null, 90, 91, 92, 90, 91));
		assertThat(assembler.assemble(division, JUNE, internal, Map.of(), LocalDate.of(2021, 7, 1)).narrative())
			.doesNotContain("ถ่วงน้ำหนัก");
	}

	@Test
	void anIndicatorsTargetsThatDifferAreGivenAsTheirRange() {
		UnitStanding current = scored("กลุ่มก", "90.00", null, 94, 88);
		Map<Integer, UnitStanding.IndicatorStanding> older = new java.util.TreeMap<>();
		// Ranked on an older round: its indicators held against that round's goal, 92.50.
		older.put(1, new UnitStanding.IndicatorStanding(1, new BigDecimal("93"), true, "A", new BigDecimal("92.50")));
		older.put(2, new UnitStanding.IndicatorStanding(2, new BigDecimal("91"), false, "A", new BigDecimal("92.50")));
		UnitStanding olderRound = new UnitStanding("กลุ่มข", 2L, null, 2563, 2, new BigDecimal("92.00"),
				new BigDecimal("92.50"), false, "A", null, null, null, null, null, older, new UnitStanding.Arrivals(true, false, false, false));
		Map<String, UnitStanding> standings = Map.of("กลุ่มก", current, "กลุ่มข", olderRound);
		Department division = Departments.of(register(), 2, standings.keySet(), "-").get(1);

		DepartmentReport report = assembler.assemble(division, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1));

		DepartmentReport.IndicatorMean first = report.indicatorMeans()
			.stream()
			.filter(m -> m.indicator().number() == 1)
			.findFirst()
			.orElseThrow();
		assertThat(first.target()).as("85 and 92.50: no one target").isNull();
		assertThat(report.narrative()).as("the weakest, indicator 2, passed by its range of targets, as the sheet gives it")
			.contains("ตัวชี้วัดที่ ๒ การใช้งบประมาณ เฉลี่ย ๘๙.๕๐ ผ่านค่าเป้าหมายของตัวชี้วัด (ร้อยละ ๘๕–๙๒.๕๐) ๑ จาก ๒ หน่วยงาน");
		assertThat(List.of(first.lowestTarget(), first.highestTarget())).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("85"), new BigDecimal("92.50"));
		Map<String, Object> model = DepartmentTemplateModel.of(report, "KPI", new ThaiFormat(true), java.time.LocalDateTime.now());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> means = (List<Map<String, Object>>) model.get("indicatorMeans");
		assertThat(means).filteredOn(m -> m.get("no").equals(1)).extracting(m -> m.get("target"))
			.as("a trial: the cell was blank and a reader counted passes against the units sheet's targets")
			.containsExactly("๘๕.๐๐–๙๒.๕๐");
		Map<String, UnitStanding> same = Map.of("กลุ่มก", current);
		assertThat(assembler.assemble(division, JUNE, same, Map.of(), LocalDate.of(2021, 7, 1)).indicatorMeans().get(0).target())
			.isEqualByComparingTo("85");
	}

	@Test
	void theWeakestIndicatorAcrossUnitsIsOneMostOfThemWereScoredOn() {
		Map<String, UnitStanding> mixed = Map.of("กลุ่มก", scored("กลุ่มก", "90.00", null, 94, 95, 96, 93, 94, 92, 93, 93, 98, 80),
				"กลุ่มข", scored("กลุ่มข", "90.80", null, 90, 91, 92, 88, 91),
				"กลุ่มค", scored("กลุ่มค", "91.00", null, 92, 91, 92, 89, 93));
		Department division = Departments.of(register(), 2, mixed.keySet(), "-").get(1);
		DepartmentReport report = assembler.assemble(division, JUNE, mixed, Map.of(), LocalDate.of(2021, 7, 1));

		assertThat(report.indicatorMeans().get(0).indicator().number()).as("the lowest mean, of one unit").isEqualTo(10);
		assertThat(report.weakestShared()).get().extracting(m -> m.indicator().number()).as("(93 + 88 + 89) / 3")
			.isEqualTo(4);
		assertThat(report.narrative()).as("a trial: one unit's OIT indicator named weakest 'across all units' of nine")
			.contains("ตัวชี้วัดที่มีคะแนนเฉลี่ยต่ำที่สุดเมื่อรวมทุกหน่วยงาน คือ ตัวชี้วัดที่ ๔ ")
			.contains("เฉลี่ย ๙๐.๐๐ ผ่านค่าเป้าหมายของตัวชี้วัด (ร้อยละ ๘๕) ๓ จาก ๓ หน่วยงาน")
			.contains("ส่วนตัวชี้วัดที่มีผลคะแนนเพียงบางหน่วยงาน ตัวชี้วัดที่ ๑๐ ")
			.contains("มีคะแนนเฉลี่ยต่ำกว่านั้น คือ ๘๐.๐๐ จากผลของ ๑ หน่วยงาน");

		// Weakest of two of the three: not "across all units" (a trial's indicator 9 of 2 of 3 units).
		Map<String, UnitStanding> most = Map.of("กลุ่มก", scored("กลุ่มก", "90.00", null, 94, 95, 96, 93, 94, 92, 93, 93, 80),
				"กลุ่มข", scored("กลุ่มข", "90.80", null, 90, 91, 92, 88, 91, 92, 93, 93, 82),
				"กลุ่มค", scored("กลุ่มค", "91.00", null, 92, 91, 92, 89, 93));
		assertThat(assembler.assemble(division, JUNE, most, Map.of(), LocalDate.of(2021, 7, 1)).narrative())
			.contains("ตัวชี้วัดที่มีคะแนนเฉลี่ยต่ำที่สุดเมื่อรวมหน่วยงานที่มีผลของตัวชี้วัดนั้น (๒ จาก ๓ หน่วยงาน) คือ ตัวชี้วัดที่ ๙ ")
			.doesNotContain("เมื่อรวมทุกหน่วยงาน");
	}

	@Test
	void indicatorsOfAFewUnitsTiedBelowTheWeakestAreNamedTogether() {
		Map<String, UnitStanding> mixed = Map.of("กลุ่มก", scored("กลุ่มก", "90.00", null, 94, 95, 96, 93, 94, 92, 93, 93, 80, 80),
				"กลุ่มข", scored("กลุ่มข", "90.80", null, 90, 91, 92, 88, 91),
				"กลุ่มค", scored("กลุ่มค", "91.00", null, 92, 91, 92, 89, 93));
		Department division = Departments.of(register(), 2, mixed.keySet(), "-").get(1);
		DepartmentReport report = assembler.assemble(division, JUNE, mixed, Map.of(), LocalDate.of(2021, 7, 1));

		assertThat(report.lowerAmongFew()).extracting(m -> m.indicator().number()).containsExactlyInAnyOrder(9, 10);
		assertThat(report.narrative()).as("a trial's ministry named indicator 9 at 70.00 and not indicator 10, as low")
			.contains("ส่วนตัวชี้วัดที่มีผลคะแนนเพียงบางหน่วยงาน ตัวชี้วัดที่ ๙ ")
			.contains(" และตัวชี้วัดที่ ๑๐ ")
			.contains("มีคะแนนเฉลี่ยต่ำกว่านั้นเท่ากัน คือ ๘๐.๐๐ จากผลของ ๑ หน่วยงาน");
	}

	@Test
	void indicatorsTiedForTheLowestMeanAreNamedTogether() {
		Map<String, UnitStanding> tied = Map.of("กลุ่มก", scored("กลุ่มก", "90.00", null, 94, 84, 96, 90, 94),
				"กลุ่มข", scored("กลุ่มข", "90.80", null, 90, 90, 92, 84, 91));
		Department division = Departments.of(register(), 2, tied.keySet(), "-").get(1);
		DepartmentReport report = assembler.assemble(division, JUNE, tied, Map.of(), LocalDate.of(2021, 7, 1));

		assertThat(report.narrative()).as("a trial: indicators 2 and 4 both lowest at 87.00, only 2 named")
			.contains("คือ ตัวชี้วัดที่ ๒ การใช้งบประมาณ เฉลี่ย ๘๗.๐๐ ผ่านค่าเป้าหมายของตัวชี้วัด (ร้อยละ ๘๕) ๑ จาก ๒ หน่วยงาน"
					+ " และมีคะแนนเฉลี่ยเท่ากันกับตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (ผ่าน ๑ จาก ๒ หน่วยงาน)");
	}

	@Test
	void unitsThatSentNoProgressForTheMonthAreNamedBesideThoseThatSentNothing() {
		UnitStanding withProgress = scored("กลุ่มก", "95.00", null, 95, 95, 95, 95, 95);
		UnitStanding w = withProgress;
		withProgress = new UnitStanding(w.unit(), w.reportId(), w.reportMadeAt(), w.fiscalYear(), w.round(), w.overall(),
				w.target(), w.passed(), w.level(), w.change(), w.rating(), 2, 1, w.doneShare(),
				w.indicators(), new UnitStanding.Arrivals(true, true, true, false));
		UnitStanding noProgress = scored("กลุ่มข", "90.00", null, 90, 90, 90, 90, 90);
		w = noProgress;
		noProgress = new UnitStanding(w.unit(), w.reportId(), w.reportMadeAt(), w.fiscalYear(), w.round(), w.overall(),
				w.target(), w.passed(), w.level(), w.change(), w.rating(), 2, 1, w.doneShare(),
				w.indicators(), new UnitStanding.Arrivals(true, true, false, false));
		Map<String, UnitStanding> standings = Map.of("กลุ่มก", withProgress, "กลุ่มข", noProgress);
		Department division = Departments.of(register(), 2, standings.keySet(), "-").get(1);

		String narrative = assembler.assemble(division, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1)).narrative();

		assertThat(narrative).as("a trial: five of eight sent no May progress and the report said all had sent data")
			.contains("หน่วยงานที่ยังไม่ส่งข้อมูลใด ๆ (ผลคะแนน แผน หรือผลการดำเนินงาน) สำหรับเดือนมิถุนายน ๒๕๖๔ ๑ หน่วยงาน ได้แก่ กลุ่มค")
			.contains("หน่วยงานที่ยังไม่ส่งผลการดำเนินงานของเดือนมิถุนายน ๒๕๖๔ ๑ หน่วยงาน ได้แก่ กลุ่มข")
			.as("every unit that sent data has its plan")
			.doesNotContain("ยังไม่ส่งแผนปฏิบัติการ");

		// One with scores alone is asked for its plan, not for progress it cannot report without one.
		standings = Map.of("กลุ่มก", withProgress, "กลุ่มข", scored("กลุ่มข", "90.00", null, 90, 90, 90, 90, 90));
		narrative = assembler.assemble(division, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1)).narrative();
		assertThat(narrative).as("another trial: five units without plans listed among six 'without the month's progress'")
			.contains("หน่วยงานที่ยังไม่ส่งแผนปฏิบัติการของปีงบประมาณ ๒๕๖๔ (จึงยังติดตามผลการดำเนินงานไม่ได้) ๑ หน่วยงาน ได้แก่ กลุ่มข")
			.doesNotContain("หน่วยงานที่ยังไม่ส่งผลการดำเนินงานของเดือน");

		// Every unit sent something, one not the month's progress: not "every unit sent" alone above it.
		standings = Map.of("กลุ่มก", withProgress, "กลุ่มข", noProgress, "กลุ่มค", withProgress);
		narrative = assembler.assemble(division, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1)).narrative();
		assertThat(narrative).as("a holdout trial read 'every unit sent' and 'not sent the month's progress' as a contradiction")
			.contains("ทุกหน่วยงานส่งข้อมูลแล้วอย่างน้อยหนึ่งรายการ (ผลคะแนน แผน หรือผลการดำเนินงาน) สำหรับเดือนมิถุนายน ๒๕๖๔ "
					+ "แต่ยังขาดบางรายการ ดังนี้\nหน่วยงานที่ยังไม่ส่งผลการดำเนินงานของเดือนมิถุนายน ๒๕๖๔ ๑ หน่วยงาน ได้แก่ กลุ่มข")
			.doesNotContain("ทุกหน่วยงานส่งข้อมูล (ผลคะแนน");

		// A plan with nothing due by the month owes no progress yet (a trial's plan, its first activity in June, in May).
		UnitStanding n = noProgress;
		UnitStanding nothingDue = new UnitStanding(n.unit(), n.reportId(), n.reportMadeAt(), n.fiscalYear(), n.round(),
				n.overall(), n.target(), n.passed(), n.level(), n.change(), n.rating(), 0, 0, null, n.indicators(), n.arrived());
		standings = Map.of("กลุ่มก", withProgress, "กลุ่มข", nothingDue, "กลุ่มค", withProgress);
		narrative = assembler.assemble(division, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1)).narrative();
		assertThat(narrative).doesNotContain("หน่วยงานที่ยังไม่ส่งผลการดำเนินงานของเดือน");

		// Everything due done, nothing more this month: a trial's plan, its one activity in October done, asked in January.
		UnitStanding allDone = new UnitStanding(n.unit(), n.reportId(), n.reportMadeAt(), n.fiscalYear(), n.round(),
				n.overall(), n.target(), n.passed(), n.level(), n.change(), n.rating(), 1, 1, new BigDecimal("100"),
				n.indicators(), n.arrived());
		standings = Map.of("กลุ่มก", withProgress, "กลุ่มข", allDone, "กลุ่มค", withProgress);
		narrative = assembler.assemble(division, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1)).narrative();
		assertThat(narrative).doesNotContain("หน่วยงานที่ยังไม่ส่งผลการดำเนินงานของเดือน");

		// Its report made before its plan came (no count), the department report made again later: not asked.
		UnitStanding madeWithoutPlan = new UnitStanding(n.unit(), n.reportId(), n.reportMadeAt(), n.fiscalYear(), n.round(),
				n.overall(), n.target(), n.passed(), n.level(), n.change(), n.rating(), null, null, null, n.indicators(),
				n.arrived());
		standings = Map.of("กลุ่มก", withProgress, "กลุ่มข", madeWithoutPlan, "กลุ่มค", withProgress);
		narrative = assembler.assemble(division, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1)).narrative();
		assertThat(narrative).as("a retrial's May, made again in July").doesNotContain("หน่วยงานที่ยังไม่ส่งผลการดำเนินงานของเดือน");
	}

	@Test
	void aDepartmentWhoseOnlyUnitWithoutDataSentARefusedWorkbookIsNotSaidToHaveAllSent() {
		UnitStanding refused = UnitStanding.withoutReport("กลุ่มข", new UnitStanding.Arrivals(false, false, false, true));
		Map<String, UnitStanding> standings = Map.of("กลุ่มก", scored("กลุ่มก", "95.00", null, 95, 95, 95, 95, 95),
				"กลุ่มข", refused, "กลุ่มค", scored("กลุ่มค", "90.00", null, 90, 90, 90, 90, 90));
		Department division = Departments.of(register(), 2, standings.keySet(), "-").get(1);

		DepartmentReport report = assembler.assemble(division, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1));

		assertThat(report.summary().silent()).isEmpty();
		assertThat(report.summary().refused()).containsExactly("กลุ่มข");
		assertThat(report.narrative()).as("a review: 'every unit sent' beside 'a workbook with errors, not used'")
			.doesNotContain("ทุกหน่วยงานส่งข้อมูล")
			.contains("หน่วยงานที่ส่งไฟล์แล้วแต่ไฟล์มีข้อผิดพลาด จึงยังไม่ได้นำข้อมูลมาใช้ ๑ หน่วยงาน ได้แก่ กลุ่มข");
	}

	@Test
	void withoutARegisterEveryUnitWithDataIsOneDepartmentWhenThereAreSeveral() {
		UnitRegister none = new UnitRegister(List.of());
		assertThat(Departments.of(none, 2, List.of("กองคลัง"), "ทุกหน่วยงาน")).isEmpty();
		List<Department> all = Departments.of(none, 2, List.of("กองคลัง", "กองแผน"), "ทุกหน่วยงาน");
		assertThat(all).singleElement().satisfies(d -> {
			assertThat(d.code()).isEqualTo(Department.ALL);
			assertThat(d.name()).isEqualTo("ทุกหน่วยงาน");
			assertThat(d.members()).extracting(Department.Member::name).containsExactly("กองคลัง", "กองแผน");
		});
	}

	@Test
	void equalScoresShareARankAndTheFiguresRollUp() {
		LocalDateTime onTime = LocalDateTime.of(2021, 7, 10, 16, 0);
		LocalDateTime late = LocalDateTime.of(2021, 7, 11, 8, 0);
		Map<String, UnitStanding> standings = Map.of(
				"กองหนึ่ง", scored("กองหนึ่ง", "93", onTime, 90, 96),
				"กลุ่มก", scored("กลุ่มก", "95", late, 94, 96),
				"กลุ่มข", scored("กลุ่มข", "93", onTime, 80, 100),
				"กลุ่มค", UnitStanding.withoutReport("กลุ่มค", new UnitStanding.Arrivals(false, true, false, false)));
		Department top = Departments.of(register(), 2, standings.keySet(), "-").get(0);

		Map<String, ScoreTrend> trends = Map.of("กองหนึ่ง", trend("กองหนึ่ง", "80", "90"), "กลุ่มก", trend("กลุ่มก", "85", "95"),
				"กองอื่น", trend("กองอื่น", "10", "10"));

		DepartmentReport report = assembler.assemble(top, JUNE, standings, trends, LocalDate.of(2021, 7, 20));

		assertThat(report.rows()).extracting(r -> r.member().name())
			.containsExactly("กลุ่มก", "กลุ่มข", "กองหนึ่ง", "กลุ่มค", "กองเงียบ");
		assertThat(report.rows()).extracting(DepartmentReport.Row::rank).containsExactly(1, 2, 2, null, null);
		assertThat(report.rows()).extracting(DepartmentReport.Row::status)
			.containsExactly(ReportStatus.LATE, ReportStatus.ON_TIME, ReportStatus.ON_TIME, ReportStatus.MISSING,
					ReportStatus.MISSING);
		DepartmentReport.RollUp all = report.summary();
		assertThat(List.of(all.units(), all.scored(), all.passed(), all.reportsMade())).containsExactly(5, 3, 3, 3);
		assertThat(all.mean()).isEqualByComparingTo("93.67");
		assertThat(all.silent()).as("กลุ่มค sent its plan").containsExactly("กองเงียบ");
		DepartmentReport.RollUp branch = report.branches().get(1);
		assertThat(report.branches()).extracting(DepartmentReport.RollUp::units).as("adding up to the department's 5")
			.containsExactly(1, 3, 1);
		assertThat(List.of(branch.units(), branch.scored())).containsExactly(3, 2);
		assertThat(branch.mean()).isEqualByComparingTo("94.00");
		assertThat(report.indicatorMeans()).extracting(m -> m.indicator().number()).containsExactly(1, 2);
		assertThat(report.indicatorMeans().get(0).mean()).as("(90 + 94 + 80) / 3").isEqualByComparingTo("88.00");
		assertThat(report.indicatorMeans().get(0).passed()).isEqualTo(2);
		assertThat(report.trend()).extracting(DepartmentReport.TrendPoint::label).containsExactly("ปีงบ 2564 รอบ 1",
				"ปีงบ 2564 รอบ 2");
		assertThat(report.trend()).extracting(DepartmentReport.TrendPoint::units).as("units outside it left out")
			.containsExactly(2, 2);
		assertThat(report.trend().get(0).mean()).as("(80 + 85) / 2").isEqualByComparingTo("82.50");
		assertThat(report.trend().get(1).mean()).isEqualByComparingTo("92.50");
		assertThat(report.narrative()).as("the same units in both rounds").doesNotContain("ไม่ใช่ชุดเดียวกัน");
		assertThat(report.narrative()).contains("มีผลคะแนนแล้ว ๓ หน่วยงาน ผ่านค่าเป้าหมายของรอบ ๓ หน่วยงาน (ร้อยละ ๑๐๐.๐๐)")
			.contains("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ เฉลี่ย ๘๘.๐๐ ผ่านค่าเป้าหมายของตัวชี้วัด (ร้อยละ ๘๕) ๒ จาก ๓ หน่วยงาน")
			.contains("สูงสุด คือ กลุ่มก (๙๕.๐๐) ต่ำสุด คือ กลุ่มข และ กองหนึ่ง (๙๓.๐๐)")
			.contains("ได้แก่ กองเงียบ")
			.contains("จัดทำรายงานประจำเดือนแล้ว ๓ จาก ๕ หน่วยงาน")
			.contains("(เลยกำหนดแล้ว)");
	}

	@Test
	void unitsOfEqualScoresAreNamedTogetherAndAllTiedAreSaidToBeSo() {
		Map<String, UnitStanding> tied = Map.of("กลุ่มก", scored("กลุ่มก", "90", null), "กลุ่มข", scored("กลุ่มข", "90", null),
				"กลุ่มค", scored("กลุ่มค", "90", null));
		Department division = Departments.of(register(), 2, tied.keySet(), "-").get(1);
		assertThat(assembler.assemble(division, JUNE, tied, Map.of(), LocalDate.of(2021, 7, 1)).narrative())
			.as("a trial found 'highest กลุ่มการเงิน (90.00), lowest กลุ่มบัญชี (90.00)'")
			.contains("ทุกหน่วยงานมีคะแนนภาพรวมเท่ากัน (๙๐.๐๐)")
			.doesNotContain("สูงสุด");
	}

	@Test
	void aUnitRankedOnAnOlderRoundIsSaidToBe() {
		UnitStanding older = new UnitStanding("กลุ่มข", 2L, null, 2563, 2, new BigDecimal("75.80"), new BigDecimal("85.00"),
				false, "B", null, null, null, null, null, Map.of(), new UnitStanding.Arrivals(false, false, false, false));
		Map<String, UnitStanding> standings = Map.of("กลุ่มก", scored("กลุ่มก", "90", null), "กลุ่มข", older);
		Department division = Departments.of(register(), 2, standings.keySet(), "-").get(1);

		DepartmentReport report = assembler.assemble(division, JUNE, standings, Map.of(), LocalDate.of(2021, 7, 1));
		String narrative = report.narrative();

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rows = (List<Map<String, Object>>) DepartmentTemplateModel
			.of(report, "KPI", new ThaiFormat(true), java.time.LocalDateTime.now())
			.get("units");
		assertThat(rows).extracting(r -> r.get("unit"), r -> r.get("result"))
			.as("a trial: the page marked the older round, the workbook did not")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("กลุ่มก", "ไม่ผ่าน"),
					org.assertj.core.groups.Tuple.tuple("กลุ่มข", "ไม่ผ่าน*"), org.assertj.core.groups.Tuple.tuple("กลุ่มค", "-"));
		assertThat(narrative).as("a trial: the lowest unit, on FY 2564's scores among FY 2565's, with no word of it")
			.contains("ต่ำสุด คือ กลุ่มข (๗๕.๘๐)")
			.contains("ผลคะแนนของ กลุ่มข เป็นผลปีงบประมาณ ๒๕๖๓ รอบที่ ๒ (ผ่านหรือไม่ผ่านตามค่าเป้าหมายของรอบนั้น ร้อยละ ๘๕) "
					+ "ซึ่งยังไม่มีผลปีงบประมาณ ๒๕๖๔ รอบที่ ๒ จึงจัดลำดับจากผลรอบก่อน (ทำเครื่องหมาย * ที่ผลเทียบเป้าหมาย)")
			.as("a trial: 'made 5 of 6' beside '2 sent nothing', the older-year unit counted in both")
			.contains("ยังไม่ส่งข้อมูลใด ๆ (ผลคะแนน แผน หรือผลการดำเนินงาน) สำหรับเดือนมิถุนายน ๒๕๖๔ ๒ หน่วยงาน ได้แก่ กลุ่มข กลุ่มค")
			.contains("จัดทำรายงานประจำเดือนแล้ว ๒ จาก ๓ หน่วยงาน (รวม กลุ่มข ซึ่งยังไม่ส่งข้อมูลสำหรับเดือนนี้ "
					+ "รายงานจึงจัดทำจากข้อมูลที่ส่งไว้ก่อนหน้า)");
		assertThat(assembler.assemble(division, JUNE, Map.of("กลุ่มก", scored("กลุ่มก", "90", null)), Map.of(),
				LocalDate.of(2021, 7, 1)).narrative()).doesNotContain("รอบก่อน");
	}

	@Test
	void aTrendOfOtherUnitsRoundByRoundIsSaidToBeWithTheUnitsInBoth() {
		Map<String, UnitStanding> standings = Map.of("กองหนึ่ง", scored("กองหนึ่ง", "90", null), "กลุ่มก",
				scored("กลุ่มก", "95", null), "กลุ่มข", scored("กลุ่มข", "70", null));
		Department top = Departments.of(register(), 2, standings.keySet(), "-").get(0);
		Map<String, ScoreTrend> trends = Map.of("กองหนึ่ง", trend("กองหนึ่ง", "80", "90"), "กลุ่มก",
				ScoreTrend.of(TestCatalog.shipped(), "กลุ่มก", 2564, List.of(overall("กลุ่มก", 2, "95"))), "กลุ่มข",
				ScoreTrend.of(TestCatalog.shipped(), "กลุ่มข", 2564, List.of(overall("กลุ่มข", 1, "70"))));

		DepartmentReport report = assembler.assemble(top, JUNE, standings, trends, LocalDate.of(2021, 7, 1));

		assertThat(report.trend()).extracting(DepartmentReport.TrendPoint::mean).as("(80 + 70) / 2, (90 + 95) / 2")
			.usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("75"), new BigDecimal("92.5"));
		assertThat(report.narrative()).as("a trial: a rising line of six units each round, not the same six")
			.contains("ค่าเฉลี่ยรายรอบในแนวโน้มคำนวณจากหน่วยงานที่มีผลในแต่ละรอบ ซึ่งไม่ใช่ชุดเดียวกัน "
					+ "ปีงบประมาณ ๒๕๖๔ รอบที่ ๑ มี ๒ หน่วยงาน ปีงบประมาณ ๒๕๖๔ รอบที่ ๒ มี ๒ หน่วยงาน "
					+ "หน่วยงานที่มีผลทั้งสองรอบ ๑ หน่วยงาน มีคะแนนเฉลี่ยจาก ๘๐.๐๐ เป็น ๙๐.๐๐");
	}

	/** A unit's trend of two rounds of FY 2564 with a stated overall each. */
	private static ScoreTrend trend(String unit, String first, String second) {
		return ScoreTrend.of(TestCatalog.shipped(), unit, 2564,
				List.of(overall(unit, 1, first), overall(unit, 2, second)));
	}

	private static ScoreEntry overall(String unit, int round, String score) {
		return new ScoreEntry(unit, 2564, round, null, new BigDecimal(score), null, null, "คะแนน", "B" + round, null, null);
	}

	@Test
	void beforeTheDueDateAMissingReportIsNotYetDue() {
		assertThat(ReportStatus.of(null, LocalDate.of(2021, 7, 10), LocalDate.of(2021, 7, 10))).isEqualTo(ReportStatus.PENDING);
		assertThat(ReportStatus.of(null, LocalDate.of(2021, 7, 10), LocalDate.of(2021, 7, 11))).isEqualTo(ReportStatus.MISSING);
		assertThat(ReportStatus.of(LocalDateTime.of(2021, 7, 10, 23, 59), LocalDate.of(2021, 7, 10), LocalDate.of(2021, 8, 1)))
			.isEqualTo(ReportStatus.ON_TIME);
	}
}
