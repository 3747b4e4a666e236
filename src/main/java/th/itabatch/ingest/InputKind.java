package th.itabatch.ingest;

/** The kinds of table a workbook may hold. */
public enum InputKind {

	SCORES, PLAN, PROGRESS

}
