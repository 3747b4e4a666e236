package th.itabatch.report;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The report templates of {@code ita.report.templates}, each with the engine that fills its kind of
 * file. A job asks for the templates of the model it computes ({@value #UNIT_MONTH}: one unit's
 * monthly report; {@value #DEPARTMENT_MONTH}: a department's) and writes each; adding a document is adding a template to the list.
 */
@Component
public class ReportTemplates {

	/** The model of one unit's report for one month ({@link ReportTemplateModel}). */
	public static final String UNIT_MONTH = "unit-month";

	/** The model of a department's report for one month ({@link DepartmentTemplateModel}). */
	public static final String DEPARTMENT_MONTH = "department-month";

	private final List<ReportTemplate> templates;

	/** The models a job fills; a template of another model would never be made. */
	static final java.util.Set<String> MODELS = java.util.Set.of(UNIT_MONTH, DEPARTMENT_MONTH);

	public ReportTemplates(ReportProperties properties, List<TemplateEngine> engines) {
		java.util.Set<String> names = new java.util.HashSet<>();
		for (ReportProperties.Template spec : properties.templates()) {
			if (spec.fileName() == null || spec.fileName().isBlank()) {
				// Every report then failed on Java's words, the service having started (a review).
				throw new IllegalStateException("ita.report.templates: template " + spec.name()
						+ " has no file-name, the name of each file made, such as " + ReportProperties.MONTHLY.fileName());
			}
			if (!MODELS.contains(spec.model())) {
				throw new IllegalStateException("ita.report.templates: template " + spec.name() + " names model "
						+ spec.model() + ", which no job fills; known: " + MODELS);
			}
			// Two templates of one model with one file-name pattern would write over each other.
			if (!names.add(spec.model() + "\u0000" + spec.fileName())) {
				throw new IllegalStateException("ita.report.templates: template " + spec.name()
						+ " has the file-name pattern of another template: " + spec.fileName());
			}
		}
		this.templates = properties.templates().stream().map(spec -> {
			TemplateEngine engine = engines.stream()
				.filter(e -> e.fills(spec.template()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("ita.report.templates: no engine fills " + spec.template()
						+ " (template " + spec.name() + "); Excel templates are .xlsx or .xlsm"));
			// A path mistyped in the configuration was found only at the first report, in English (a trial).
			java.nio.file.Path file = java.nio.file.Path.of(spec.template());
			if (!java.nio.file.Files.isRegularFile(file)
					&& ReportTemplates.class.getResource("/templates/" + file.getFileName()) == null) {
				// The path as configured: the start's message is cut short, server paths taken out.
				throw new IllegalStateException("ita.report.templates: template " + spec.name() + ": no file " + spec.template()
						+ (file.isAbsolute() ? "" : " in the working folder") + ", and none of that name comes with the application");
			}
			return new ReportTemplate(spec, engine);
		}).toList();
	}

	/** The templates filled from the given model, in the configured order; the first is the report's main file. */
	public List<ReportTemplate> of(String model) {
		return templates.stream().filter(t -> t.spec().model().equals(model)).toList();
	}
}
