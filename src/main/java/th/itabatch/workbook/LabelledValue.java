package th.itabatch.workbook;

/**
 * A value written beside or after a label above a table ("หน่วยงาน: กองคลัง").
 *
 * @param value the text after the label
 * @param cell the A1 reference of the cell holding the value
 */
public record LabelledValue(String value, String cell) {
}
