package th.itabatch.ingest;

/** The kinds of table a workbook may hold. */
public enum InputKind {

	SCORES, PLAN, PROGRESS,

	/** A survey export: a row per respondent, scored into a round's scores by the ingest job. */
	SURVEY

}
