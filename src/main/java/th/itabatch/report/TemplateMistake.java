package th.itabatch.report;

import th.itabatch.validation.StatedFailure;

/**
 * A template its engine could not fill for a mistake in it that the template check does not know,
 * in the engine's own words; {@link ReportTemplate} says it of the template's file.
 */
final class TemplateMistake extends StatedFailure {

	private static final long serialVersionUID = 1L;

	TemplateMistake(String reason) {
		super(reason);
	}
}
