package th.itabatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.expression.ExpressionEvaluatorFactoryJexlImpl;
import org.jxls.expression.JexlExpressionEvaluator;
import org.jxls.expression.JxlsJexlPermissions;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;
import org.jxls.transform.poi.PoiTransformer;

import th.itabatch.files.AtomicFiles;
import th.itabatch.workbook.RowHeights;

/**
 * Fills the report template with JXLS, re-points its charts at the rows written, and writes the
 * file atomically. The template's expressions see only maps of values (see
 * {@link ReportTemplateModel}) under JEXL's restricted permissions, so a template cannot reach
 * into the application.
 */
public final class ReportWorkbookWriter {

	private final ReportTemplate template;

	private final ThaiFormat format;

	public ReportWorkbookWriter(ReportTemplate template, boolean thaiDigits) {
		this.template = template;
		this.format = new ThaiFormat(thaiDigits);
	}

	/** Writes the report to {@code target}; a half-written file is never left at that name. */
	public void write(MonthlyReport report, Path target) throws IOException {
		Map<String, Object> variables = ReportTemplateModel.of(report, format, LocalDateTime.now());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> indicators = (List<Map<String, Object>>) variables.get("indicators");
		AtomicFiles.write(target, out -> {
			try (InputStream in = template.open()) {
				JxlsPoiTemplateFillerBuilder builder = JxlsPoiTemplateFillerBuilder.newInstance()
					.withExpressionEvaluatorFactory(
							new ExpressionEvaluatorFactoryJexlImpl(false, false, JxlsJexlPermissions.RESTRICTED))
					.withTemplate(in)
					.withPreWriteAction((transformer, context) -> {
						XSSFWorkbook workbook = (XSSFWorkbook) ((PoiTransformer) transformer).getWorkbook();
						ChartRanges.repoint(workbook, indicators.size(),
								indicators.isEmpty() ? List.of() : new ArrayList<>(indicators.get(0).values()));
						for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
							RowHeights.fit(workbook.getSheetAt(i));
						}
						workbook.setForceFormulaRecalculation(true);
					});
				// JXLS caches compiled expressions per thread by their text alone; start from a clean cache.
				JexlExpressionEvaluator.clear();
				try {
					builder.build().fill(variables, () -> out);
				}
				finally {
					JexlExpressionEvaluator.clear();
				}
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		});
	}
}
