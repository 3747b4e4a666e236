package th.itabatch.report;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The report templates of {@code ita.report.templates}, each with the engine that fills its kind of
 * file. A job asks for the templates of the model it computes ({@value #UNIT_MONTH}: one unit's
 * monthly report) and writes each; adding a document is adding a template to the list.
 */
@Component
public class ReportTemplates {

	/** The model of one unit's report for one month ({@link ReportTemplateModel}). */
	public static final String UNIT_MONTH = "unit-month";

	private final List<ReportTemplate> templates;

	ReportTemplates(ReportProperties properties, List<TemplateEngine> engines) {
		this.templates = properties.templates().stream().map(spec -> {
			TemplateEngine engine = engines.stream()
				.filter(e -> e.fills(spec.template()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("ita.report.templates: no engine fills " + spec.template()
						+ " (template " + spec.name() + "); Excel templates are .xlsx or .xlsm"));
			return new ReportTemplate(spec, engine);
		}).toList();
	}

	/** The templates filled from the given model, in the configured order; the first is the report's main file. */
	public List<ReportTemplate> of(String model) {
		return templates.stream().filter(t -> t.spec().model().equals(model)).toList();
	}
}
