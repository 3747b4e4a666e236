package th.itabatch.plan;

import java.util.List;
import java.util.Optional;

import th.itabatch.thai.ThaiMonths;
import th.itabatch.workbook.ColumnAliases;
import th.itabatch.workbook.CommonColumns;
import th.itabatch.workbook.Header;
import th.itabatch.workbook.SheetReader;
import th.itabatch.workbook.TableShape;

/**
 * Recognises a progress table: a row per activity and month with its status, or with its share done
 * alone ("ร้อยละความสำเร็จ": 100% done, 50% in progress) beside a month or date column; or a row per
 * activity with a column a month, each cell its status that month.
 */
final class ProgressShape implements TableShape<ProgressLayout> {

	static final ColumnAliases STATUS = ColumnAliases.of("สถานะ", "สถานะการดำเนินงาน", "สถานะการดำเนินการ", "status",
			"progress status");

	/** The share done; only as people head it for progress, not any percent (a plan's target is one too). */
	static final ColumnAliases PERCENT = ColumnAliases.of("ร้อยละความสำเร็จ", "ร้อยละความก้าวหน้า", "ร้อยละความคืบหน้า",
			"ร้อยละการดำเนินงาน", "ร้อยละที่ดำเนินการ", "ความก้าวหน้า", "ความคืบหน้า", "% ความสำเร็จ", "%ความสำเร็จ",
			"ความสำเร็จ (%)", "ความก้าวหน้า (%)", "percent done", "% done", "% complete", "progress (%)");

	static final ColumnAliases ACTIVITY = ColumnAliases.of("กิจกรรม", "กิจกรรมดำเนินการ", "กิจกรรมที่", "ลำดับกิจกรรม",
			"กิจกรรมตามแผน", "ชื่อกิจกรรม", "โครงการ/กิจกรรม", "กิจกรรม/โครงการ", "activity", "activity no", "activity no.");

	static final ColumnAliases MONTH = ColumnAliases.of("เดือน", "ประจำเดือน", "เดือนที่ดำเนินการ", "เดือนที่รายงาน",
			"month", "reporting month");

	static final ColumnAliases DATE = ColumnAliases.of("วันที่", "วันที่ดำเนินการ", "วัน/เดือน/ปี", "date");

	static final ColumnAliases RESULT = ColumnAliases.of("ผลการดำเนินงาน", "ผลการดำเนินการ", "ผลการปฏิบัติงาน",
			"รายละเอียดผลการดำเนินงาน", "ผลการดำเนินงาน/ผลลัพธ์", "result", "results", "outcome");

	static final ColumnAliases PARTICIPANTS = ColumnAliases.of("จำนวนผู้เข้าร่วม", "ผู้เข้าร่วม", "จำนวนผู้เข้าร่วมกิจกรรม",
			"participants", "number of participants");

	static final ColumnAliases BUDGET_USED = ColumnAliases.of("งบประมาณที่ใช้", "งบประมาณที่ใช้จริง", "ใช้งบประมาณ",
			"งบประมาณที่เบิกจ่าย", "budget used", "spent");

	static final ColumnAliases EVIDENCE = ColumnAliases.of("หลักฐาน", "ลิงก์", "ลิงก์หลักฐาน", "หลักฐาน/ลิงก์",
			"เอกสารหลักฐาน", "evidence", "link", "url", "evidence link");

	static final ColumnAliases PROBLEMS = ColumnAliases.of("ปัญหาอุปสรรค", "ปัญหา/อุปสรรค", "ปัญหาและอุปสรรค", "ปัญหา",
			"problems", "issues", "obstacles");

	@Override
	public Optional<ProgressLayout> recognise(Header header, SheetReader sheet) {
		int activity = header.column(ACTIVITY);
		int status = header.column(STATUS);
		int percent = header.column(PERCENT);
		int month = header.column(MONTH);
		int date = header.column(DATE);
		List<PlanLayout.MonthColumn> months = List.of();
		if (activity >= 0 && status < 0 && percent < 0 && month < 0 && date < 0) {
			months = header.cells()
				.stream()
				.flatMap(cell -> ThaiMonths.parse(cell.label()).map(m -> new PlanLayout.MonthColumn(cell.column(), m)).stream())
				.toList();
			if (months.isEmpty() || !MonthStatuses.hold(sheet, header, months.stream().map(PlanLayout.MonthColumn::column).toList())) {
				return Optional.empty();
			}
		}
		else if (activity < 0 || status < 0 && (percent < 0 || month < 0 && date < 0)) {
			return Optional.empty();
		}
		return Optional.of(new ProgressLayout(activity, status, month, date, header.column(RESULT),
				header.column(PARTICIPANTS), header.column(BUDGET_USED), header.column(EVIDENCE), header.column(PROBLEMS),
				CommonColumns.unitColumn(header), header.column(CommonColumns.FISCAL_YEAR), percent, months));
	}

	@Override
	public int quality(ProgressLayout layout) {
		return layout.columnCount();
	}
}
