package th.itabatch.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.itabatch.catalog.TestCatalog;
import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;
import th.itabatch.plan.PlanKind;
import th.itabatch.plan.ProgressKind;
import th.itabatch.scores.ScoreEntry;
import th.itabatch.scores.ScoresKind;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.ColumnAliases;
import th.itabatch.workbook.Header;
import th.itabatch.workbook.HeaderFinder;
import th.itabatch.workbook.InputDefaults;
import th.itabatch.workbook.SheetReader;
import th.itabatch.workbook.TableRows;
import th.itabatch.workbook.TableShape;

/**
 * A new kind of input is one new {@link TableKind}: the reader finds its sheets beside the shipped
 * kinds' without a line of it changed.
 */
class NewTableKindTests {

	/** A units register, as a later module would add it: code and name columns. */
	static final class UnitsKind implements TableKind<String> {

		static final ColumnAliases CODE = ColumnAliases.of("รหัส", "รหัสหน่วยงาน", "code");

		static final ColumnAliases NAME = ColumnAliases.of("ชื่อหน่วยงาน", "name");

		final List<Long> stored = new ArrayList<>();

		private final TableShape<int[]> shape = new TableShape<>() {

			@Override
			public Optional<int[]> recognise(Header header, SheetReader sheet) {
				int code = header.column(CODE);
				int name = header.column(NAME);
				return code < 0 || name < 0 ? Optional.empty() : Optional.of(new int[] { code, name });
			}

			@Override
			public int quality(int[] layout) {
				return 2;
			}
		};

		@Override
		public String name() {
			return "UNITS";
		}

		@Override
		public int priority() {
			return 40;
		}

		@Override
		public Optional<HeaderFinder.Found<?>> locate(SheetReader sheet) {
			return HeaderFinder.find(sheet, shape).map(found -> found);
		}

		@Override
		public List<String> read(SheetReader sheet, InputDefaults defaults, MessageLog log) {
			HeaderFinder.Found<int[]> found = HeaderFinder.find(sheet, shape).orElseThrow();
			List<String> units = new ArrayList<>();
			for (TableRows.Row row : TableRows.below(sheet, found.header())) {
				units.add(row.text(found.layout()[0]) + "=" + row.text(found.layout()[1]));
			}
			return units;
		}

		@Override
		public void store(long inputId, List<String> rows) {
			stored.add(inputId);
		}

		@Override
		public void accept(long inputId) {
		}

		@Override
		public void forget(long inputId) {
		}

		@Override
		public List<String> units(List<Long> inputIds) {
			return List.of();
		}

		@Override
		public List<String> unitsNamed(List<Long> inputIds) {
			return List.of();
		}
	}

	@Test
	void aNewKindIsReadBesideTheShippedOnes() {
		UnitsKind units = new UnitsKind();
		WorkbookContentReader reader = new WorkbookContentReader(List.of(new ScoresKind(TestCatalog.shipped(), null),
				new PlanKind(null), new ProgressKind(null), units), InputDefaults.none());
		XSSFWorkbook workbook = ExampleWorkbooks.scoresWorkbook();
		SheetBuilder register = new SheetBuilder(workbook.createSheet("หน่วยงาน"));
		register.row("A1", "ทะเบียนหน่วยงาน");
		register.row("A3", "รหัส", "ชื่อหน่วยงาน");
		register.row("A4", "01", "กองคลัง");
		register.row("A5", "02", "กองการเจ้าหน้าที่");

		WorkbookContent content = reader.read("units-and-scores.xlsx", ExampleWorkbooks.bytes(workbook));
		content.tables().stream().filter(t -> t.kind() == units).forEach(table -> table.store(7));

		assertThat(content.kinds()).containsExactly("SCORES", "UNITS");
		assertThat(content.rows(String.class)).containsExactly("01=กองคลัง", "02=กองการเจ้าหน้าที่");
		assertThat(content.rows(ScoreEntry.class)).hasSize(6);
		assertThat(units.stored).containsExactly(7L);
	}
}
