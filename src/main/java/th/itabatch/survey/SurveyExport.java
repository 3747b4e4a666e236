package th.itabatch.survey;

/**
 * A survey export being scored.
 *
 * @param id the input it came as
 * @param fileName the file name it arrived with
 */
public record SurveyExport(long id, String fileName) {
}
