package th.itabatch.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.jexl3.JexlException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.common.JxlsException;
import org.jxls.expression.EvaluationException;
import org.jxls.expression.ExpressionEvaluatorFactoryJexlImpl;
import org.jxls.expression.JexlExpressionEvaluator;
import org.jxls.expression.JxlsJexlPermissions;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;
import org.jxls.transform.poi.PoiTransformer;
import org.springframework.stereotype.Component;

import th.itabatch.validation.PlainReason;
import th.itabatch.workbook.PageFit;
import th.itabatch.workbook.RowHeights;

/**
 * Fills Excel templates ({@code .xlsx}, {@code .xlsm}) with JXLS, then fits what JXLS leaves as
 * the template had it: charts' ranges, places and axes (a chart with nothing to show taken out with its page), conditional formats, the page footer's
 * values, Thai digits in number formats, row heights, and a page fewer where the last would hold a few rows. The template's expressions see only maps of values
 * (see {@link ReportTemplateModel}) under JEXL's restricted permissions, so a template cannot reach
 * into the application.
 */
@Component
public class XlsxTemplateEngine implements TemplateEngine {

	/** Fills after which a thread's compiled expressions are dropped (see {@link #startCacheInBounds}). */
	private static final int FILLS_PER_CACHE = 500;

	/** Templates kept at most, each without its commands' comments: a user's edits are each another. */
	private static final int MAX_TEMPLATES = 16;

	/** Each template as a fill opens it, and the commands taken out of it ({@link CommandComments}). */
	private static final Map<TemplateBytes, CommandComments.Separated> SEPARATED = new ConcurrentHashMap<>();

	private static final ThreadLocal<Integer> FILLS_SINCE_CLEAR = ThreadLocal.withInitial(() -> 0);

	@Override
	public List<th.itabatch.validation.Message> check(byte[] template, String file, Map<String, Object> variables) {
		return XlsxTemplateCheck.check(template, file, variables);
	}

	@Override
	public boolean fills(String templateFile) {
		String name = templateFile.toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") || name.endsWith(".xlsm");
	}

	@Override
	public void fill(InputStream template, Map<String, Object> variables, OutputStream out) throws IOException {
		byte[] content = template.readAllBytes();
		if (SEPARATED.size() >= MAX_TEMPLATES) {
			SEPARATED.clear();
		}
		fill(SEPARATED.computeIfAbsent(new TemplateBytes(content), key -> CommandComments.separate(content)), variables,
				out);
	}

	/** Fills the template as it is, its commands read from its comments: what a fill without them must equal. */
	static void fillAsItIs(byte[] template, Map<String, Object> variables, OutputStream out) throws IOException {
		fill(new CommandComments.Separated(template, TemplateComments.NONE_TAKEN_OUT), variables, out);
	}

	private static void fill(CommandComments.Separated separated, Map<String, Object> model, OutputStream out)
			throws IOException {
		Map<String, Object> variables = ownCopy(model);
		TemplateTables tables = new TemplateTables(variables);
		ConditionalFormats formats = new ConditionalFormats();
		JxlsPoiTemplateFillerBuilder builder = JxlsPoiTemplateFillerBuilder.newInstance()
			.withTransformerFactory(new CommentsOnceTransformerFactory(separated.comments()))
			.withExpressionEvaluatorFactory(new ExpressionEvaluatorFactoryJexlImpl(false, false, JxlsJexlPermissions.RESTRICTED))
			.withTemplate(new ByteArrayInputStream(separated.template()))
			.withIgnoreColumnProps(separated.columnsInPlace())
			.withTemplatePreprocessor((workbook, streaming, logger) -> {
				tables.read((XSSFWorkbook) workbook, separated.comments());
				formats.lift((XSSFWorkbook) workbook);
			})
			.withPreWriteAction((transformer, context) -> {
				XSSFWorkbook workbook = (XSSFWorkbook) ((PoiTransformer) transformer).getWorkbook();
				ChartRanges.repoint(workbook, tables);
				ChartPlaces.move(workbook, tables);
				ChartScales.fit(workbook);
				ChartLabels.fit(workbook);
				// Last of the charts' steps: the ones before it find each chart in its place.
				EmptyCharts.setAside(workbook);
				formats.restore(workbook, tables);
				PageFooters.fill(workbook, variables);
				if (Boolean.TRUE.equals(variables.get(ReportTemplateModel.THAI_DIGITS))) {
					ThaiDigitFormats.apply(workbook);
				}
				for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
					RowHeights.fit(workbook.getSheetAt(i));
					PageFit.fit(workbook.getSheetAt(i));
				}
				workbook.setForceFormulaRecalculation(true);
			});
		startCacheInBounds();
		try {
			builder.build().fill(variables, () -> new PackageZipStream(out));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		catch (JxlsException | EvaluationException | JexlException ex) {
			// A mistake in the template the check does not know: in JXLS's words, which name the sheet and cell.
			// JEXL's begins with where in JXLS's code it parsed ("org.jxls…Evaluator.<init>:51@1:3"): not the user's.
			throw new TemplateMistake(PlainReason.of(ex).replaceFirst("^\\S+@\\d+:\\d+ ", ""));
		}
	}

	/**
	 * The model with each of its lists and maps copied, not the values they hold: JXLS sorts a table's
	 * list in place for an {@code orderBy} a user adds to a {@code jx:each}, and the unit's other
	 * templates (the brief) are filled from the same model after this one, in its own order.
	 */
	@SuppressWarnings("unchecked")
	static <T> T ownCopy(T value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new java.util.LinkedHashMap<>(map.size() * 2);
			map.forEach((key, item) -> copy.put(key, ownCopy(item)));
			return (T) copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new java.util.ArrayList<>(list.size());
			for (Object item : list) {
				copy.add(ownCopy(item));
			}
			return (T) copy;
		}
		return value;
	}

	/**
	 * JXLS keeps, per thread, a JEXL engine for each configuration and every expression it compiled,
	 * by its text. Every fill here uses the one configuration above, so what one report compiled serves
	 * the next: clearing before each fill made a thousand units' run compile every expression and
	 * learn every value's class a thousand times (5 % of the Excel engine's samples). A user's edits
	 * of a template add texts, so a thread starts over after so many fills. The cache is keyed by the
	 * text alone, whatever the configuration: this class must stay the application's only user of JXLS,
	 * or one with another configuration clears it before its own fills.
	 */
	private static void startCacheInBounds() {
		int fills = FILLS_SINCE_CLEAR.get();
		if (fills == 0 || fills >= FILLS_PER_CACHE) {
			JexlExpressionEvaluator.clear();
			fills = 0;
		}
		FILLS_SINCE_CLEAR.set(fills + 1);
	}
}
