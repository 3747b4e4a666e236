package th.itabatch.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.itabatch.catalog.TestCatalog;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.plan.PlanKind;
import th.itabatch.plan.ProgressKind;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoresKind;
import th.itabatch.tables.WorkbookContent;
import th.itabatch.tables.WorkbookContentReader;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.WorkbookLimits;

/** The register of units: from configuration and from a workbook, nesting, and every input's units matched to it. */
class UnitRegisterTests {

	private static RegisteredUnit unit(String code, String name, String parent, String... aliases) {
		return new RegisteredUnit(code, name, List.of(aliases), parent, null, "หน่วยงาน", "A" + code);
	}

	private static final UnitRegister REGISTER = new UnitRegister(List.of(unit("01", "กรมทดสอบ", null),
			unit("0101", "กองคลัง", "01", "กค.", "Finance Division"), unit("0102", "กองการเจ้าหน้าที่", "กรมทดสอบ", "กจ."),
			unit("010101", "กลุ่มพัสดุ", "0101")));

	@Test
	void namesCodesAndOtherNamesAreMatchedAsPeopleTypeThem() {
		assertThat(REGISTER.canonical("กค.")).hasValue("กองคลัง");
		assertThat(REGISTER.canonical("finance  division")).hasValue("กองคลัง");
		assertThat(REGISTER.canonical("๐๑๐๑")).as("a code in Thai digits").hasValue("กองคลัง");
		assertThat(REGISTER.canonical("กอง คลัง\u200B")).hasValue("กองคลัง");
		assertThat(REGISTER.canonical("กองแผนงาน")).isEmpty();
		assertThat(REGISTER.canonical("กจ")).as("a short name without its dot (a trial's respondents)").hasValue("กองการเจ้าหน้าที่");
		assertThat(REGISTER.canonical("ก.จ.")).as("a dot after each letter (a retrial)").hasValue("กองการเจ้าหน้าที่");
		assertThat(REGISTER.canonical("ก")).isEmpty();
		assertThat(REGISTER.closest("กองคลงั")).first().isEqualTo("กองคลัง");
		assertThat(REGISTER.closest("กองการ")).as("a name that holds what was typed, before a nearer spelling")
			.first().isEqualTo("กองการเจ้าหน้าที่");
		assertThat(REGISTER.closest("กลุ่มตรวจสอบภายใน")).as("a trial: three groups offered that shared only 'กลุ่ม'")
			.isEmpty();
		UnitRegister coded = new UnitRegister(List.of(unit("S2", "สำนักวิจัย", null), unit("S21", "ฝ่ายหนึ่ง", "S2"),
				unit("S23", "ฝ่ายสาม", "S2"), unit("K31", "กลุ่มยุทธศาสตร์", "S2")));
		assertThat(coded.closest("S24")).as("a holdout trial's code was offered no unit: those a slip from it, by code and name")
			.containsExactly("S21 ฝ่ายหนึ่ง", "S23 ฝ่ายสาม");
		assertThat(REGISTER.closest("0103")).as("digits too").containsExactly("0101 กองคลัง", "0102 กองการเจ้าหน้าที่");
	}

	@Test
	void aNameALetterOrTwoFromARegisteredOneIsLikelyItsMisspelling() {
		assertThat(REGISTER.likely("กองการเจ้าหน้าท")).hasValue("กองการเจ้าหน้าที่");
		assertThat(REGISTER.likely("Finance Divison")).as("another name misspelt").hasValue("กองคลัง");
		assertThat(REGISTER.likely("กองการคลังและพัสดุ")).as("more than one letter in six away").isEmpty();
		assertThat(REGISTER.likely("กลุ่มพัสดุ")).as("the name itself is no misspelling of another").hasValue("กลุ่มพัสดุ");
		UnitRegister twins = new UnitRegister(List.of(unit("1", "กลุ่มงานหนึ่ง", null), unit("2", "กลุ่มงานหนุ่ง", "1")));
		assertThat(twins.likely("กลุ่มงานหนั่ง")).as("as near to two units: neither").isEmpty();
		assertThat(REGISTER.likely("กข.")).as("a short name is as near to many").isEmpty();
		UnitRegister offices = new UnitRegister(List.of(unit("1", "สำนักงานพัฒนาชุมชนจังหวัดตรัง", null),
				unit("2", "ศูนย์พัฒนาชุมชนจังหวัดสตูล", null), unit("3", "กลุ่มพัฒนาชุมชนจังหวัดสตูล", null)));
		assertThat(offices.likely("พัฒนาชุมชนจังหวัดตรัง")).as("its kind's word left out (a trial)")
			.hasValue("สำนักงานพัฒนาชุมชนจังหวัดตรัง");
		assertThat(offices.likely("พัฒนาชุมชนจังหวัดสตูล")).as("the name of two units without their kinds").isEmpty();
		assertThat(offices.likely("0230")).isEmpty();
		UnitRegister coded = new UnitRegister(List.of(unit("0200", "กรมสอง", null), unit("0203", "กองแผนงาน", "0200"),
				unit("0301", "กองคลัง", null), unit("0302", "กองการเจ้าหน้าที่", null)));
		assertThat(coded.likely("0230")).as("two digits swapped (a trial's), before one digit from 0200").hasValue("กองแผนงาน");
		assertThat(coded.likely("0303")).as("one digit from two codes: neither").isEmpty();
		assertThat(coded.likely("0213")).as("one digit typed for another").hasValue("กองแผนงาน");
	}

	@Test
	void anOtherNameStandsForItsUnitAloneWhereNoOtherUnitHasIt() {
		assertThat(REGISTER.otherNameOf("finance division")).map(RegisteredUnit::name).hasValue("กองคลัง");
		assertThat(REGISTER.otherNameOf("กองคลัง")).as("a unit's own name").isEmpty();
		UnitRegister shared = new UnitRegister(List.of(unit("1", "กรม", null, "สลก."), unit("2", "กองหนึ่ง", "1", "สลก."),
				unit("3", "กองสอง", "1", "กรม")));
		assertThat(shared.otherNameOf("สลก.")).as("another name of two units").isEmpty();
		assertThat(shared.otherNameOf("กรม")).as("another unit's name").isEmpty();
	}

	@Test
	void aTitleNamesAUnitByAnyOfItsNamesTheDeepestFirst() {
		assertThat(REGISTER.namedIn("แผนปฏิบัติการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ กค.")).hasValue("กองคลัง");
		assertThat(REGISTER.namedIn("ITA plan (Finance Division) FY 2565")).hasValue("กองคลัง");
		assertThat(REGISTER.namedIn("รายงานของกรมทดสอบ กลุ่มพัสดุ")).as("the group, not its department").hasValue("กลุ่มพัสดุ");
		assertThat(REGISTER.namedIn("ข้อมูล ณ 0101 2565")).as("a number is no code").isEmpty();
		assertThat(REGISTER.namedIn("แผนให้กับบุคลากรกองการเจ้าหน้าที่ ประจำปี"))
			.as("a trial: a name run into the words before it, as Thai is written, went unseen").hasValue("กองการเจ้าหน้าที่");
		assertThat(REGISTER.namedIn("แผนปฏิบัติการกลุ่มพัสดุกองคลัง")).as("the deepest of two run in").hasValue("กลุ่มพัสดุ");
		assertThat(REGISTER.namedIn("แผนปฏิบัติการกค.")).as("a short name run in is too likely part of a word").isEmpty();
		assertThat(REGISTER.namedIn("สรุปผลการประเมินของกองคลัง เปรียบเทียบกับกองการเจ้าหน้าที่"))
			.as("two run in, of one depth: neither, and the title's wording (\"ของกองคลัง\") decides").isEmpty();
		assertThat(REGISTER.namedIn("แผนให้กับบุคลากรกองคลัง กรมทดสอบ")).as("the division run in, below the department's word")
			.hasValue("กองคลัง");
	}

	@Test
	void unitsNestToAnyDepth() {
		RegisteredUnit finance = REGISTER.find("กองคลัง").orElseThrow();

		assertThat(REGISTER.parentOf(finance)).map(RegisteredUnit::name).hasValue("กรมทดสอบ");
		assertThat(REGISTER.children(REGISTER.find("01").orElseThrow())).extracting(RegisteredUnit::name)
			.containsExactly("กองคลัง", "กองการเจ้าหน้าที่");
		assertThat(REGISTER.children(finance)).extracting(RegisteredUnit::name).containsExactly("กลุ่มพัสดุ");
	}

	@Test
	void anOtherNameOfTwoUnitsNamesNeitherAndIsSaidSoAsIsOneThatIsAnotherUnitsName() {
		List<RegisteredUnit> listed = List.of(unit("01", "กรมทดสอบ", null), unit("0101", "กองคลัง", "01", "กค."),
				unit("0102", "สำนักงานเลขานุการกรม", "01", "สลก.", "กค."), unit("0103", "กองแผน", "01", "กองคลัง"));
		UnitRegister register = new UnitRegister(listed);
		MessageLog log = new MessageLog("units.xlsx");

		UnitRegister.check(listed, log);

		assertThat(register.find("กค.")).as("a trial: the scores sent as กค. went to whichever unit was listed first")
			.isEmpty();
		assertThat(register.sharing("กค.")).containsExactly("กองคลัง", "สำนักงานเลขานุการกรม");
		assertThat(register.canonical("กองคลัง")).as("a unit's own name stands for it").hasValue("กองคลัง");
		assertThat(register.sharing("กองคลัง")).isEmpty();
		assertThat(log.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("REGISTER_OTHER_NAME_SHARED", "A0102"),
					org.assertj.core.groups.Tuple.tuple("REGISTER_OTHER_NAME_TAKEN", "A0103"));
		assertThat(log.messages().get(0).english()).isEqualTo("the other name \"กค.\" of สำนักงานเลขานุการกรม is กองคลัง's "
				+ "other name too, so it names neither; name the unit by its name or code in the files, or remove the name "
				+ "from the unit it is not");
		assertThat(log.hasErrors()).as("warnings: the rest of the register stands").isFalse();

		MessageLog scores = new MessageLog("scores.xlsx");
		assertThat(new th.itabatch.tables.UnitMatch(register, scores).of("กค.", "คะแนน", "A2")).isEqualTo("กค.");
		assertThat(scores.messages()).extracting(Message::code, Message::english)
			.as("a trial: \"not in the register\" for a name two units have")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("UNIT_AMBIGUOUS", "\"กค.\" names several units of the "
					+ "register (กองคลัง, สำนักงานเลขานุการกรม), so which one is not known; name the unit by its own name or code"));
	}

	@Test
	void aParentNamedByANameTwoUnitsHaveIsSaidToBeAmbiguous() {
		List<RegisteredUnit> listed = List.of(unit("01", "กรมทดสอบ", null), unit("0101", "กองคลัง", "01"),
				unit("0102", "กองแผน", "01"), unit("010101", "กลุ่มบริหารทั่วไป", "0101"),
				unit("010201", "กลุ่มบริหารทั่วไป", "0102"), unit("01020101", "งานสารบรรณ", "กลุ่มบริหารทั่วไป"));
		MessageLog log = new MessageLog("units.xlsx");

		UnitRegister.check(listed, log);

		assertThat(log.messages()).filteredOn(m -> m.code().startsWith("REGISTER_PARENT"))
			.extracting(Message::code, Message::english)
			.as("a trial: a parent by a name two units have was \"not in the register\"")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("REGISTER_PARENT_AMBIGUOUS", "the parent \"กลุ่มบริหารทั่วไป\" "
					+ "of งานสารบรรณ names several units (กลุ่มบริหารทั่วไป (กองคลัง), กลุ่มบริหารทั่วไป (กองแผน)); give the parent's code"));
	}

	@Test
	void aCodeTheRegisterInUseNamesOtherwiseIsSaidToBeRenamedUnlessTheOldNameIsKept() {
		UnitRepository none = new UnitRepository(null) {

			@Override
			java.util.OptionalLong currentInput() {
				return java.util.OptionalLong.empty();
			}
		};
		UnitRegistry inUse = new UnitRegistry(none, new UnitsProperties(List.of(
				new UnitsProperties.Entry("01", "กรมทดสอบ", List.of(), null, "กรม"),
				new UnitsProperties.Entry("0101", "กองคลัง", List.of("กค."), "01", "กอง"))));
		WorkbookContentReader reader = new WorkbookContentReader(List.of(new ScoresKind(TestCatalog.shipped(), null),
				new PlanKind(null), new ProgressKind(null), new UnitsKind(null, inUse)), InputDefaults.none());

		java.util.function.Function<String, byte[]> renamed = otherNames -> {
			XSSFWorkbook register = new XSSFWorkbook();
			SheetBuilder s = new SheetBuilder(register.createSheet("ทะเบียน"));
			s.row("A1", "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ", "สังกัด");
			s.row("A2", "01", "กรมทดสอบ", "", "");
			s.row("A3", "0101", "กองบริหารการคลัง", otherNames, "01");
			return ExampleWorkbooks.bytes(register);
		};
		WorkbookContent read = reader.read("units-2.xlsx", renamed.apply("กค."));

		assertThat(read.messages()).extracting(Message::code, Message::cell)
			.as("a trial: the renamed division 'sent nothing', its old name's data a unit outside the register, no word said")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("REGISTER_RENAMED", "A3"));
		assertThat(read.messages().get(0).thai()).contains("ให้เพิ่ม \"กองคลัง\" เป็นชื่ออื่นของหน่วยงานนี้");
		assertThat(read.rows(RegisteredUnit.class).get(1).aliases())
			.as("a code given to another unit must not take the old unit's data: the user decides").containsExactly("กค.");

		assertThat(reader.read("units-3.xlsx", renamed.apply("กค., กองคลัง")).messages()).as("the old name kept").isEmpty();
	}

	@Test
	void anEnglishRegisterHeadedAliasAndParentUnitIsReadWhole() {
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(register.createSheet("Units"));
		s.row("A1", "Unit code", "Name", "Alias", "Parent unit");
		s.row("A2", "01", "กรมทดสอบ", "", "");
		s.row("A3", "0101", "กองคลัง", "กค.", "01");

		UnitRegister units = new UnitRegister(readRegister(register).rows(RegisteredUnit.class));

		assertThat(units.canonical("กค.")).as("a trial: the Alias column was ignored, กค. unknown").hasValue("กองคลัง");
		assertThat(units.parentOf(units.find("กค.").orElseThrow())).map(RegisteredUnit::name).hasValue("กรมทดสอบ");
	}

	@Test
	void aRegisterHeadedInTheCivilServicesOwnWordsIsReadWhole() {
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(register.createSheet("หน่วยงาน"));
		// A trial's: "ชื่อส่วนราชการ" left the whole register unread ("no table found"), and the scores
		// sent under short names and codes were reported as units of their own.
		s.row("A1", "ทะเบียนหน่วยงานในสังกัดกรมทดสอบ");
		s.row("A2", "ลำดับ", "รหัสส่วนราชการ", "ชื่อส่วนราชการ", "อักษรย่อ", "หน่วยงานต้นสังกัด", "ประเภทส่วนราชการ");
		s.row("A3", 1, "01000", "กรมทดสอบ", "ทส.", "", "กรม");
		s.row("A4", 2, "01020", "กองคลัง", "กค.", "ทส.", "กอง");
		s.row("A5", 3, "01022", "กลุ่มงานพัสดุ", "กพส.", "01020", "กลุ่ม");

		WorkbookContent read = readRegister(register);

		assertThat(read.messages()).isEmpty();
		UnitRegister units = new UnitRegister(read.rows(RegisteredUnit.class));
		assertThat(units.canonical("กพส.")).hasValue("กลุ่มงานพัสดุ");
		assertThat(units.canonical("01020")).hasValue("กองคลัง");
		assertThat(units.parentOf(units.find("กพส.").orElseThrow())).map(RegisteredUnit::name).hasValue("กองคลัง");
		assertThat(units.parentOf(units.find("กค.").orElseThrow())).map(RegisteredUnit::name).hasValue("กรมทดสอบ");
		assertThat(units.find("กค.").orElseThrow().kind()).isEqualTo("กอง");
	}

	@Test
	void anEnglishNameColumnBesideTheShortNamesGivesMoreOtherNames() {
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(register.createSheet("ทะเบียน"));
		s.row("A1", "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ", "ชื่อภาษาอังกฤษ", "สังกัด");
		s.row("A2", "01", "กรมทดสอบ", "", "Department of Testing", "");
		s.row("A3", "0111", "กลุ่มบัญชีและงบประมาณ", "กบง.", "Accounting and Budget Group", "01");
		s.row("A4", "0112", "กลุ่มพัสดุ", "กพด.", "-", "01");
		s.row("A5", "0113", "กลุ่มงานวิจัย", "", "Division of Research, Development and Innovation", "01");
		s.row("A6", "0114", "กลุ่มงานสารบรรณ", "", "-", "01");

		WorkbookContent read = readRegister(register);
		assertThat(read.messages()).as("a review: '-' for no English name was an other name of two units").isEmpty();
		UnitRegister units = new UnitRegister(read.rows(RegisteredUnit.class));
		assertThat(units.canonical("Division of Research, Development and Innovation")).as("an English name whole")
			.hasValue("กลุ่มงานวิจัย");
		assertThat(units.canonical("Development and Innovation")).isEmpty();

		assertThat(units.canonical("Accounting and Budget Group"))
			.as("a trial: the column was ignored, the unit's scores a unit outside the register").hasValue("กลุ่มบัญชีและงบประมาณ");
		assertThat(units.canonical("กบง.")).hasValue("กลุ่มบัญชีและงบประมาณ");
		assertThat(units.canonical("department of testing")).hasValue("กรมทดสอบ");
	}

	@Test
	void aCodeWithoutANameOrATotalsRowIsNoUnit() {
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(register.createSheet("ทะเบียน"));
		s.row("A1", "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ", "สังกัด");
		s.row("A2", "01", "กรมทดสอบ", "", "");
		s.row("A3", "0101", "กองคลัง", "กค.", "01");
		s.row("A4", "0104", "", "", "01");
		s.row("A5", "รวม", "2 หน่วยงาน", "", "");

		WorkbookContent read = readRegister(register);

		assertThat(read.rows(RegisteredUnit.class)).extracting(RegisteredUnit::name)
			.as("a trial: a blank name made a blank row in the department's reports, a totals row a unit at the top")
			.containsExactly("กรมทดสอบ", "กองคลัง");
		assertThat(read.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("REGISTER_NAME_MISSING", "B4"));
		assertThat(read.messages().get(0).thai()).startsWith("รหัสหน่วยงาน \"0104\" ไม่มีชื่อหน่วยงาน");
	}

	@Test
	void aRegisterWithUnknownParentsCyclesOrTwiceTheSameCodeIsRejected() {
		MessageLog log = new MessageLog("units.xlsx");

		UnitRegister.check(List.of(unit("01", "กรมทดสอบ", "03"), unit("02", "กองหนึ่ง", "กองสอง"), unit("03", "กองสอง", "02"),
				unit("02", "กองซ้ำ", null), unit("04", "กองหนึ่ง ", "กองสอง"), unit("05", "กองห้า", "กองไม่มี")), log);

		assertThat(log.messages()).extracting(Message::code, Message::cell)
			.contains(org.assertj.core.groups.Tuple.tuple("REGISTER_CODE_DUPLICATE", "A02"),
					org.assertj.core.groups.Tuple.tuple("REGISTER_NAME_TWICE", "A04"),
					org.assertj.core.groups.Tuple.tuple("REGISTER_PARENT_UNKNOWN", "A05"),
					org.assertj.core.groups.Tuple.tuple("REGISTER_CYCLE", "A02"));
		assertThat(log.hasErrors()).isTrue();
	}

	/** A parent typed by name a letter off is offered the name it likely misspells (a trial's "กองครัง"). */
	@Test
	void aParentMisspeltIsOfferedItsLikelyName() {
		MessageLog log = new MessageLog("units.xlsx");
		UnitRegister.check(List.of(unit("01", "กรมทดสอบ", null), unit("0101", "กองคลัง", "01"), unit("010101", "กลุ่มงานพัสดุ", "กองครัง"),
				unit("010102", "กลุ่มงานบัญชี", "กองไม่มีชื่อนี้เลย")), log);

		assertThat(log.messages()).extracting(Message::code).containsOnly("REGISTER_PARENT_UNKNOWN");
		assertThat(log.messages()).extracting(Message::thai)
			.containsExactly("หน่วยงานต้นสังกัด \"กองครัง\" ของ กลุ่มงานพัสดุ ไม่อยู่ในทะเบียน (น่าจะเป็น \"กองคลัง\")",
					"หน่วยงานต้นสังกัด \"กองไม่มีชื่อนี้เลย\" ของ กลุ่มงานบัญชี ไม่อยู่ในทะเบียน");
		assertThat(log.messages().get(0).english()).isEqualTo("the parent \"กองครัง\" of กลุ่มงานพัสดุ is not in the register (likely \"กองคลัง\")");
	}

	/** A trial typed the codes as numbers (1, 101) and the parents as text ("01", "0101"): all refused. */
	@Test
	void aCodeWhoseLeadingZerosExcelDroppedIsStillFound() {
		List<RegisteredUnit> numbers = List.of(unit("1", "สำนักงานปลัด", null), unit("101", "กองกลาง", "01"),
				unit("10101", "กลุ่มสารบรรณ", "0101"));
		MessageLog log = new MessageLog("units.xlsx");
		UnitRegister.check(numbers, log);
		assertThat(log.messages()).isEmpty();
		UnitRegister register = new UnitRegister(numbers);
		assertThat(register.find("0101")).map(RegisteredUnit::name).hasValue("กองกลาง");
		assertThat(register.parentOf(register.find("กลุ่มสารบรรณ").orElseThrow())).map(RegisteredUnit::name)
			.hasValue("กองกลาง");
		assertThat(register.find("0102")).isEmpty();
		assertThat(REGISTER.find("1")).as("and the other way: code 01 typed as 1").map(RegisteredUnit::name)
			.hasValue("กรมทดสอบ");
	}

	/**
	 * A unit of a name no other has, written with a unit above it beside its name, as a labelled cell
	 * says it: a trial's "หน่วยงาน: กลุ่มงานยุทธศาสตร์ กองนโยบายและแผน" was a unit of its own, offered no
	 * close name, and its unit was reported as sending no plan.
	 */
	@Test
	void aUnitWrittenWithAUnitAboveItIsThatUnit() {
		UnitRegister register = new UnitRegister(List.of(unit("03", "กรมส่งเสริมชุมชน", null, "สส."),
				unit("0301", "กองนโยบายและแผน", "03", "กนผ."), unit("030101", "กลุ่มงานยุทธศาสตร์", "0301")));

		assertThat(register.canonical("กลุ่มงานยุทธศาสตร์ กองนโยบายและแผน")).hasValue("กลุ่มงานยุทธศาสตร์");
		assertThat(register.canonical("กลุ่มงานยุทธศาสตร์  กนผ.")).as("its parent by another name").hasValue("กลุ่มงานยุทธศาสตร์");
		assertThat(register.canonical("กลุ่มงานยุทธศาสตร์ กรมส่งเสริมชุมชน")).as("the department above its division")
			.hasValue("กลุ่มงานยุทธศาสตร์");
		assertThat(register.canonical("กองนโยบายและแผน กรมส่งเสริมชุมชน")).hasValue("กองนโยบายและแผน");
		assertThat(register.namedIn("แผนปฏิบัติการ ITA กลุ่มงานยุทธศาสตร์ กองนโยบายและแผน ๒๕๖๖")).hasValue("กลุ่มงานยุทธศาสตร์");
		assertThat(register.canonical("กลุ่มงานยุทธศาสตร์  (กองนโยบายและแผน)")).as("its parent in parentheses (a trial)")
			.hasValue("กลุ่มงานยุทธศาสตร์");
		assertThat(register.canonical("กองนโยบายและแผน (กนผ.)")).as("its own other name in parentheses")
			.hasValue("กองนโยบายและแผน");
		assertThat(register.canonical("กลุ่มงานยุทธศาสตร์ (กองคลัง)")).isEmpty();
		assertThat(register.canonical("กองนโยบายและแผน (กลุ่มงานยุทธศาสตร์)")).as("a unit below it names nothing").isEmpty();
		assertThat(register.canonical("กลุ่มงานยุทธศาสตร์ กองคลัง")).as("a unit it is not under names nothing").isEmpty();
		assertThat(register.closest("กลุ่มงานยุทธศาสตร์ กองคลัง")).as("the name it holds, offered first")
			.first().isEqualTo("กลุ่มงานยุทธศาสตร์");
	}

	/**
	 * Two divisions' groups of one name are two units, named apart by their division: they were one,
	 * and the scores sent for the second by its code were lost (a trial).
	 */
	@Test
	void unitsOfOneNameAreNamedApartByTheirParent() {
		List<RegisteredUnit> listed = List.of(unit("15", "กรม", null), unit("1501", "กองการเจ้าหน้าที่", "15"),
				unit("1502", "กองแผนงาน", "15"), unit("150102", "กลุ่มงานบริหารทั่วไป", "1501"),
				unit("150204", "กลุ่มงานบริหารทั่วไป", "1502"));
		UnitRegister register = new UnitRegister(listed);

		assertThat(register.canonical("150102")).hasValue("กลุ่มงานบริหารทั่วไป (กองการเจ้าหน้าที่)");
		assertThat(register.canonical("150204")).hasValue("กลุ่มงานบริหารทั่วไป (กองแผนงาน)");
		assertThat(register.canonical("กลุ่มงานบริหารทั่วไป")).as("the name alone names neither").isEmpty();
		assertThat(register.canonical("กลุ่มงานบริหารทั่วไป กองแผนงาน")).as("with its division beside it, as people write it")
			.hasValue("กลุ่มงานบริหารทั่วไป (กองแผนงาน)");
		assertThat(register.namedIn("ผลคะแนน ITA ๒๕๖๖ กลุ่มงานบริหารทั่วไป กองการเจ้าหน้าที่"))
			.hasValue("กลุ่มงานบริหารทั่วไป (กองการเจ้าหน้าที่)");
		assertThat(register.closest("กลุ่มงานบริหารทั่วไป")).contains("กลุ่มงานบริหารทั่วไป (กองการเจ้าหน้าที่)",
				"กลุ่มงานบริหารทั่วไป (กองแผนงาน)");
		assertThat(register.parentOf(register.find("150204").orElseThrow())).map(RegisteredUnit::name).hasValue("กองแผนงาน");

		MessageLog log = new MessageLog("units.xlsx");
		UnitRegister.check(listed, log);
		assertThat(log.messages()).singleElement()
			.satisfies(m -> assertThat(m.code()).as("the same name under two parents: no row to remove (a trial's ministry)")
				.isEqualTo("REGISTER_NAME_IN_PARENTS"))
			.satisfies(m -> assertThat(m.thai()).contains("มีในหลายสังกัด")
				.contains("จึงเรียกหน่วยงานนี้ว่า \"กลุ่มงานบริหารทั่วไป (กองแผนงาน)\"")
				.doesNotContain("ให้ลบแถวที่ซ้ำ"));
		MessageLog twice = new MessageLog("units.xlsx");
		UnitRegister.check(List.of(unit("15", "กรม", null), unit("1501", "กองคลัง", "15"), unit("1502", "กองคลัง", "กรม")), twice);
		assertThat(twice.messages()).singleElement()
			.satisfies(m -> assertThat(m.code()).as("one parent, by code and by name: a row listed twice").isEqualTo("REGISTER_NAME_TWICE"))
			.satisfies(m -> assertThat(m.thai()).contains("มีแล้วที่ A1501", "ให้ลบแถวที่ซ้ำ"));

		MessageLog alike = new MessageLog("units.xlsx");
		UnitRegister.check(List.of(unit("15", "กรม", null), unit("1501", "กองคลัง", "15"), unit("1502", "กอง  คลัง", "15")), alike);
		assertThat(alike.messages()).singleElement().satisfies(m -> assertThat(m.code()).isEqualTo("REGISTER_NAME_ALIKE"));
	}

	/** A unit under a cycle is refused with it, but its own parents do not lead back to it (a trial). */
	@Test
	void aUnitBelowACycleIsSaidToBeSoAndAParentIsPointedAtInItsOwnCell() {
		MessageLog log = new MessageLog("units.xlsx");
		UnitRegister.check(List.of(new RegisteredUnit("1503", "ศูนย์", null, "150301", null, "หน่วยงาน", "A5", "D5"),
				new RegisteredUnit("150301", "กลุ่มหนึ่ง", null, "1503", null, "หน่วยงาน", "A6", "D6"),
				new RegisteredUnit("150302", "กลุ่มพัฒนาระบบ", null, "150301", null, "หน่วยงาน", "A7", "D7"),
				new RegisteredUnit("1599", "กองลอย", null, "9999", null, "หน่วยงาน", "A8", "D8")), log);

		assertThat(log.messages()).extracting(Message::code, Message::cell)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("REGISTER_CYCLE", "D5"),
					org.assertj.core.groups.Tuple.tuple("REGISTER_CYCLE", "D6"),
					org.assertj.core.groups.Tuple.tuple("REGISTER_BELOW_CYCLE", "D7"),
					org.assertj.core.groups.Tuple.tuple("REGISTER_PARENT_UNKNOWN", "D8"));
		assertThat(log.messages()).filteredOn(m -> m.code().equals("REGISTER_BELOW_CYCLE"))
			.singleElement()
			.satisfies(m -> assertThat(m.thai()).contains("กลุ่มพัฒนาระบบ", "กลุ่มหนึ่ง"));
	}

	@Test
	void aRegisterWorkbookIsReadAndTheUnitsOfAScoresWorkbookAreMatchedToIt() {
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(register.createSheet("ทะเบียน"));
		s.row("A1", "ทะเบียนหน่วยงาน กรมทดสอบ");
		s.row("A2", "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ/ชื่ออื่น", "สังกัด", "ประเภท");
		s.row("A3", "01", "กรมทดสอบ", "", "", "กรม");
		s.row("A4", "0101", "กองคลัง", "กค., Finance Division", "01", "กอง");
		s.row("A5", "", "", "กองการคลัง", "", "");
		s.row("A6", "0102", "กองการเจ้าหน้าที่", "กจ.", "กรมทดสอบ", "กอง");
		WorkbookContent read = readRegister(register);

		assertThat(read.kinds()).containsExactly(UnitsKind.NAME);
		assertThat(read.messages()).isEmpty();
		List<RegisteredUnit> units = read.rows(RegisteredUnit.class);
		assertThat(units).extracting(RegisteredUnit::name).containsExactly("กรมทดสอบ", "กองคลัง", "กองการเจ้าหน้าที่");
		assertThat(units.get(1).aliases()).containsExactly("กค.", "Finance Division", "กองการคลัง");
		assertThat(units.get(1).kind()).isEqualTo("กอง");
		assertThat(units.get(1).parentCell()).as("a parent's message points at it").isEqualTo("D4");

		XSSFWorkbook scores = ExampleWorkbooks.scoresWorkbook();
		scores.getSheetAt(0).getRow(1).getCell(0).setCellValue("หน่วยงาน: กองการคลัง");
		WorkbookContentReader matched = new WorkbookContentReader(List.of(new ScoresKind(TestCatalog.shipped(), null)),
				InputDefaults.none(), WorkbookLimits.DEFAULTS, new UnitRegister(units));
		assertThat(matched.read("scores.xlsx", ExampleWorkbooks.bytes(scores)).rows(ScoreEntry.class))
			.allSatisfy(entry -> assertThat(entry.unit()).isEqualTo("กองคลัง"));

		// A department's export: the unit's column headed by its code, the codes numbers Excel dropped a zero of.
		XSSFWorkbook coded = new XSSFWorkbook();
		SheetBuilder c = new SheetBuilder(coded.createSheet("คะแนน"));
		c.row("A1", "รหัสหน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		c.row("A2", 101, 2564, 1, 1, 90);
		c.row("A3", "0102", 2564, 1, 1, 91);
		WorkbookContent byCode = matched.read("scores.xlsx", ExampleWorkbooks.bytes(coded));
		assertThat(byCode.messages()).filteredOn(Message::isError).isEmpty();
		assertThat(byCode.rows(ScoreEntry.class)).as("a trial: every row the configured unit's, thirty duplicates refused")
			.extracting(ScoreEntry::unit)
			.containsExactly("กองคลัง", "กองการเจ้าหน้าที่");

		XSSFWorkbook titled = ExampleWorkbooks.scoresWorkbook();
		titled.getSheetAt(0).getRow(0).getCell(0).setCellValue("ผลคะแนนแบบวัดการรับรู้ภายในหน่วยงานตนเอง (IIT) พ.ศ. ๒๕๖๔ กค.");
		titled.getSheetAt(0).getRow(1).getCell(0).setCellValue("");
		WorkbookContent byTitle = matched.read("scores.xlsx", ExampleWorkbooks.bytes(titled));
		assertThat(byTitle.rows(ScoreEntry.class)).as("a trial: the short name in a title was not tried, the configured unit used")
			.isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.unit()).isEqualTo("กองคลัง"));
		assertThat(byTitle.messages()).extracting(Message::code).doesNotContain("UNIT_UNKNOWN", "UNIT_MISSING");

		XSSFWorkbook misspelt = ExampleWorkbooks.scoresWorkbook();
		misspelt.getSheetAt(0).getRow(1).getCell(0).setCellValue("หน่วยงาน: กองคลงั");
		WorkbookContent unknown = matched.read("scores.xlsx", ExampleWorkbooks.bytes(misspelt));
		assertThat(unknown.rows(ScoreEntry.class)).allSatisfy(entry -> assertThat(entry.unit()).isEqualTo("กองคลงั"));
		assertThat(unknown.messages()).filteredOn(m -> m.code().equals("UNIT_UNKNOWN"))
			.singleElement()
			.satisfies(m -> assertThat(m.thai()).contains("กองคลงั", "กองคลัง"))
			.satisfies(m -> assertThat(m.cell()).as("the label that names it, not the first score").isEqualTo("A2"));

		XSSFWorkbook twice = ExampleWorkbooks.scoresWorkbook();
		twice.getSheetAt(0).getRow(1).getCell(0).setCellValue("หน่วยงาน: กองคลงั");
		twice.setSheetName(twice.getSheetIndex(twice.cloneSheet(0)), "ปีก่อน");
		assertThat(matched.read("scores.xlsx", ExampleWorkbooks.bytes(twice)).messages())
			.filteredOn(m -> m.code().equals("UNIT_UNKNOWN"))
			.as("a trial mended the first sheet's label, not knowing of the second's")
			.extracting(Message::sheet)
			.containsExactly("คะแนน", "ปีก่อน");

		// One unit's round written under two of its names: checked as one unit's, named as registered.
		WorkbookContent one = matched.read("scores.xlsx", ExampleWorkbooks.bytes(underThreeNames(true)));
		assertThat(one.messages()).filteredOn(Message::isError)
			.as("indicator 2 twice in the unit's round, under two of its names")
			.extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("INDICATOR_DUPLICATE", "E6"));
		assertThat(one.messages()).filteredOn(Message::isError)
			.singleElement()
			.as("the unit as registered: the rows name it otherwise, and 'twice' would read as a mistake")
			.satisfies(x -> assertThat(x.thai()).contains("ของกองคลัง ปีงบประมาณ 2564 ซ้ำในรอบ 1"))
			.satisfies(x -> assertThat(x.english()).contains("of กองคลัง, FY 2564, appears twice in round 1"));
		WorkbookContent lacking = matched.read("scores.xlsx", ExampleWorkbooks.bytes(underThreeNames(false)));
		assertThat(lacking.messages()).filteredOn(x -> x.code().equals("ROUND_INCOMPLETE"))
			.as("one round lacking one indicator, not three rounds lacking others, the unit as registered (a trial: \"ตสน.\")")
			.singleElement()
			.satisfies(x -> assertThat(x.thai()).startsWith("กองคลัง ปีงบประมาณ 2564 รอบ 1 ขาดตัวชี้วัด IIT5"));
	}

	/**
	 * A long table exported with both a name and a code per row: where the name is no one registered
	 * unit's ("กองแผนงาน" of two departments, an unknown "ศทส.") the code is; and the table's own total
	 * row at its foot ("รวม" =AVERAGE over every unit's rows) is no unit's overall. A trial's ministry
	 * export was refused for 120 duplicates, then filed data under made-up units and took the total for
	 * the last unit's stated overall.
	 */
	@Test
	void aLongTablesCodeStandsWhereItsNameIsNoOneUnitsAndItsTotalRowIsNoUnits() {
		List<RegisteredUnit> units = List.of(unit("0100", "กรมหนึ่ง", null), unit("0101", "กองแผนงาน (กรมหนึ่ง)", "0100"),
				unit("0105", "ศูนย์เทคโนโลยีสารสนเทศ (กรมหนึ่ง)", "0100"), unit("0200", "กรมสอง", null),
				unit("0203", "กองแผนงาน (กรมสอง)", "0200"));
		WorkbookContentReader reader = new WorkbookContentReader(List.of(new ScoresKind(TestCatalog.shipped(), null)),
				InputDefaults.none(), WorkbookLimits.DEFAULTS, new UnitRegister(units));
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(workbook.createSheet("export"));
		s.row("A1", "รหัสหน่วยงาน", "ชื่อหน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		String[] codes = { "0101", "0203", "0105" };
		String[] names = { "กองแผนงาน", "กองแผนงาน", "ศทส." };
		int row = 2;
		for (int u = 0; u < 3; u++) {
			for (int i = 1; i <= 5; i++) {
				s.row("A" + row++, codes[u], names[u], 2567, 1, "IIT" + i, 80 + u * 5 + i);
			}
			if (u == 0) {
				// The unit's own overall, written on its row: its formula is its own rows' (a review: dropped).
				s.row("A" + row, codes[u], names[u], 2567, 1, "ภาพรวม");
				workbook.getSheet("export").getRow(row - 1).createCell(5).setCellFormula("AVERAGE(F2:F6)");
				row++;
			}
		}
		s.row("E" + row, "รวม");
		workbook.getSheet("export").getRow(row - 1).createCell(5).setCellFormula("AVERAGE(F2:F" + (row - 1) + ")");
		// A name left without its code on a later row is not the code above's unit (a review: filed under it).
		s.row("B" + (row + 1), "ศทส.", 2567, 2, "IIT1", 90);

		WorkbookContent content = reader.read("ITA_export.xlsx", ExampleWorkbooks.bytes(workbook));

		assertThat(content.hasErrors()).as(content.messages().toString()).isFalse();
		assertThat(content.messages()).extracting(Message::code).doesNotContain("UNIT_AMBIGUOUS", "OVERALL_MISMATCH");
		assertThat(content.messages()).extracting(Message::code, Message::cell)
			.contains(org.assertj.core.groups.Tuple.tuple("UNIT_UNKNOWN", "B" + (row + 1)));
		assertThat(content.rows(ScoreEntry.class)).filteredOn(e -> e.round() == 1).extracting(ScoreEntry::unit)
			.containsOnly("กองแผนงาน (กรมหนึ่ง)", "กองแผนงาน (กรมสอง)", "ศูนย์เทคโนโลยีสารสนเทศ (กรมหนึ่ง)");
		assertThat(content.rows(ScoreEntry.class)).as("the unit's own overall, not the table's total")
			.filteredOn(ScoreEntry::isOverall).singleElement()
			.satisfies(e -> assertThat(e.unit()).isEqualTo("กองแผนงาน (กรมหนึ่ง)"));
		assertThat(content.rows(ScoreEntry.class)).filteredOn(e -> e.round() == 2).extracting(ScoreEntry::unit)
			.containsOnly("ศทส.");
	}

	/**
	 * A unit's own workbook named for it and nowhere inside is that unit's, and says so: a trial's
	 * "ITA_กลุ่มงานระบบสารสนเทศ_ศทส.xlsx" was refused for naming no unit, and its department report said
	 * it sent nothing. A unit the sheet names itself comes first, and without a register no name is guessed.
	 */
	@Test
	void aWorkbookNamingNoUnitIsTheUnitItsFileNameNames() {
		List<RegisteredUnit> units = List.of(unit("06", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", null, "ศทส."),
				unit("0601", "กลุ่มงานระบบสารสนเทศ", "06"), unit("0602", "กลุ่มงานเครือข่าย", "06"));
		WorkbookContentReader reader = new WorkbookContentReader(List.of(new ScoresKind(TestCatalog.shipped(), null)),
				InputDefaults.configured("กองคลัง", null), WorkbookLimits.DEFAULTS, new UnitRegister(units));
		java.util.function.Function<String, byte[]> labelled = label -> {
			XSSFWorkbook scores = ExampleWorkbooks.scoresWorkbook();
			scores.getSheetAt(0).getRow(0).getCell(0).setCellValue("ผลคะแนน ITA");
			scores.getSheetAt(0).getRow(1).getCell(0).setCellValue(label);
			return ExampleWorkbooks.bytes(scores);
		};

		WorkbookContent named = reader.read("ITA_กลุ่มงานระบบสารสนเทศ_ศทส.xlsx", labelled.apply(""));
		assertThat(named.rows(ScoreEntry.class)).isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.unit()).as("the deepest unit the name names, before the configured one")
				.isEqualTo("กลุ่มงานระบบสารสนเทศ"));
		assertThat(named.messages()).filteredOn(m -> m.code().startsWith("UNIT_")).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo("UNIT_FROM_FILE_NAME");
			assertThat(m.row()).as("the table's header row").isEqualTo(5);
			assertThat(m.thai()).contains("ใช้หน่วยงานตามชื่อไฟล์ \"กลุ่มงานระบบสารสนเทศ\"");
		});

		assertThat(reader.read("ITA_กลุ่มงานระบบสารสนเทศ.xlsx", labelled.apply("หน่วยงาน: กลุ่มงานเครือข่าย")).rows(ScoreEntry.class))
			.allSatisfy(entry -> assertThat(entry.unit()).as("the sheet's own label first").isEqualTo("กลุ่มงานเครือข่าย"));

		// Units named apart name none (a retrial's "ผลITA66_ตสน_เสนอ_กองแผนงาน.xlsx" replaced กองแผนงาน's scores);
		// a short name's dot is left out of file names.
		UnitRegister register = new UnitRegister(units);
		assertThat(register.namedInFileName("ITA กลุ่มงานระบบสารสนเทศ ศทส")).hasValue("กลุ่มงานระบบสารสนเทศ");
		assertThat(register.namedInFileName("ITA66 ศทส 2566")).hasValue("ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร");
		assertThat(register.namedInFileName("ITA66 กลุ่มงานระบบสารสนเทศ เทียบ กลุ่มงานเครือข่าย")).isEmpty();
		assertThat(register.namedInFileName("ผลITA งานเครือข่าย")).as("a name without its kind's word names none: 'แผนงาน'"
				+ " is a work plan as often as กองแผนงาน (a review)").isEmpty();
		// In a department's register a workbook naming no unit is refused, not filed under the configured
		// unit (a trial's unit's scores replaced its planning office's).
		assertThat(reader.read("ITA66_กลุ่มงานเครือข่าย_เสนอ_กลุ่มงานระบบสารสนเทศ.xlsx", labelled.apply("")).messages())
			.extracting(Message::code).contains("UNIT_MISSING").doesNotContain("UNIT_FROM_FILE_NAME", "UNIT_FROM_CONFIGURATION");

		WorkbookContentReader withoutRegister = new WorkbookContentReader(List.of(new ScoresKind(TestCatalog.shipped(), null)),
				InputDefaults.none());
		// Without a register, a file's name names a unit by the word of its kind, as a title does (a trial's
		// division without one had its export reported as the configured unit); without such a word, none.
		WorkbookContent byKind = withoutRegister.read("ITA_กลุ่มงานระบบสารสนเทศ.xlsx", labelled.apply(""));
		assertThat(byKind.rows(ScoreEntry.class)).isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.unit()).isEqualTo("กลุ่มงานระบบสารสนเทศ"));
		assertThat(byKind.messages()).extracting(Message::code).contains("UNIT_FROM_FILE_NAME");
		assertThat(withoutRegister.read("ITA_ศทส_2567.xlsx", labelled.apply("")).messages())
			.extracting(Message::code).contains("UNIT_MISSING");
		// The configured unit comes first: a name's "… ส่ง กองแผนงาน" is whom it is sent to (a review).
		WorkbookContentReader configured = new WorkbookContentReader(List.of(new ScoresKind(TestCatalog.shipped(), null)),
				InputDefaults.configured("กองคลัง", null));
		WorkbookContent sent = configured.read("ผลคะแนน ITA ส่ง กองแผนงาน.xlsx", labelled.apply(""));
		assertThat(sent.rows(ScoreEntry.class)).isNotEmpty().allSatisfy(entry -> assertThat(entry.unit()).isEqualTo("กองคลัง"));
		assertThat(sent.messages()).as("the name the file's name gives is said, not taken")
			.anySatisfy(m -> assertThat(m.code()).isEqualTo("UNIT_FILE_NAME_NOT_USED"));
	}

	private static WorkbookContent readRegister(XSSFWorkbook register) {
		WorkbookContentReader reader = new WorkbookContentReader(List.of(new ScoresKind(TestCatalog.shipped(), null),
				new PlanKind(null), new ProgressKind(null), new UnitsKind(null, null)), InputDefaults.none());
		return reader.read("units.xlsx", ExampleWorkbooks.bytes(register));
	}

	@Test
	void aUnitWhoseCodeWasLeftBlankIsItselfNotAnotherNameOfTheOneAbove() {
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(register.createSheet("ทะเบียน"));
		s.row("A1", "รหัส", "ชื่อหน่วยงาน", "ชื่อย่อ", "สังกัด");
		s.row("A2", "01", "กรมทดสอบ", "", "");
		s.row("A3", "0101", "กลุ่มบัญชี", "กบช.", "01");
		s.row("A4", "", "กลุ่มการเงิน", "กกง.", "01");
		s.row("A5", "", "", "กลุ่มบัญชีและการเงิน", "");
		s.row("A6", "", "หน่วยงานระดับกลุ่ม", "", "");

		WorkbookContent read = readRegister(register);

		List<RegisteredUnit> units = read.rows(RegisteredUnit.class);
		assertThat(units).extracting(RegisteredUnit::name)
			.as("a trial: กลุ่มการเงิน vanished and its short name went to กลุ่มบัญชี, with its scores; a heading is no unit")
			.containsExactly("กรมทดสอบ", "กลุ่มบัญชี", "กลุ่มการเงิน");
		assertThat(units.get(1).aliases()).containsExactly("กบช.");
		assertThat(units.get(2).aliases()).as("the row below a unit still gives it other names")
			.containsExactly("กกง.", "กลุ่มบัญชีและการเงิน");
		assertThat(units.get(2).code()).isEqualTo("กลุ่มการเงิน");
		assertThat(read.messages()).extracting(Message::code, Message::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("REGISTER_CODE_MISSING", "A4"));
	}

	@Test
	void aRegisterWithoutCodesNamesItsUnitsAndTheirParentsByName() {
		XSSFWorkbook register = new XSSFWorkbook();
		SheetBuilder s = new SheetBuilder(register.createSheet("หน่วยงานในสังกัด"));
		s.text("A1", "รายชื่อหน่วยงานในสังกัดกรมทดสอบ");
		s.row("A3", "ลำดับ", "ชื่อหน่วยงาน", "ชื่อย่อ", "สังกัด");
		s.row("A4", 1, "กรมทดสอบ", "", "");
		s.row("A5", 2, "กองคลัง", "กค.", "กรมทดสอบ");
		s.row("A6", 3, "กองแผนงาน", "กผ.", "กรมทดสอบ");
		s.row("A7", 4, "กลุ่มบริหารทั่วไป", "", "กองคลัง");
		s.row("A8", 5, "กลุ่มบริหารทั่วไป", "", "กองแผนงาน");
		s.row("A9", null, "หน่วยงานระดับศูนย์", "", "");
		s.row("A10", 6, "ศทส.", "", "กรมทดสอบ");

		WorkbookContent read = readRegister(register);

		assertThat(read.kinds()).as("a trial's list without codes was refused with NO_TABLE").containsExactly(UnitsKind.NAME);
		assertThat(read.messages()).extracting(Message::code).as("the two groups named apart by their parents")
			.containsOnly("REGISTER_NAME_IN_PARENTS");
		UnitRegister units = new UnitRegister(read.rows(RegisteredUnit.class));
		assertThat(units.canonical("กค.")).hasValue("กองคลัง");
		assertThat(units.find("กลุ่มบริหารทั่วไป กองแผนงาน")).map(u -> units.parentOf(u).orElseThrow().name())
			.hasValue("กองแผนงาน");
		assertThat(units.depth(units.find("กลุ่มบริหารทั่วไป กองคลัง").orElseThrow())).isEqualTo(2);
		assertThat(units.units()).extracting(RegisteredUnit::name).as("a heading below the top is no unit")
			.doesNotContain("หน่วยงานระดับศูนย์");
		assertThat(units.namedIn("แผนปฏิบัติการ ศทส. ประจำปี 2567")).as("a unit coded by its name is named by it in a title")
			.hasValue("ศทส.");

		XSSFWorkbook contacts = new XSSFWorkbook();
		SheetBuilder c = new SheetBuilder(contacts.createSheet("ผู้ประสานงาน"));
		c.row("A1", "ลำดับ", "หน่วยงาน", "สังกัด", "ผู้ประสานงาน", "โทรศัพท์");
		c.row("A2", 1, "กรมทดสอบ", "", "นายก", "0812345678");
		c.row("A3", 2, "กองคลัง", "กรมทดสอบ", "นายข", "0812345679");
		assertThat(readRegister(contacts).kinds()).as("a list of contacts would have replaced the register in use")
			.doesNotContain(UnitsKind.NAME);
	}

	/** กองคลัง's round 1 of FY 2564, indicators 1–4 under three of its names; with indicator 2 twice. */
	private static XSSFWorkbook underThreeNames(boolean twice) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SheetBuilder m = new SheetBuilder(workbook.createSheet("คะแนน"));
		m.row("A1", "หน่วยงาน", "ปีงบประมาณ", "รอบ", "ตัวชี้วัด", "คะแนน");
		m.row("A2", "กค.", 2564, 1, 1, 90);
		m.row("A3", "กองคลัง", 2564, 1, 2, 91);
		m.row("A4", "Finance Division", 2564, 1, 3, 92);
		m.row("A5", "กองคลัง", 2564, 1, 4, 93);
		if (twice) {
			m.row("A6", "กค.", 2564, 1, 2, 88);
		}
		return workbook;
	}
}
