package th.itabatch.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import th.itabatch.thai.ThaiMonths;
import th.itabatch.thai.ThaiText;
import th.itabatch.workbook.ColumnAliases;
import th.itabatch.workbook.CommonColumns;
import th.itabatch.workbook.Header;
import th.itabatch.workbook.HeaderCell;
import th.itabatch.workbook.SheetReader;
import th.itabatch.workbook.TableShape;

/** Recognises an action-plan table: activities with a column per month. */
final class PlanShape implements TableShape<PlanLayout> {

	/** A column of each activity's months typed as text ("ระยะเวลาดำเนินการ": "ต.ค. - ธ.ค. 67"). */
	static final ColumnAliases PERIOD = ColumnAliases.of("ระยะเวลาดำเนินการ", "ระยะเวลา", "ระยะเวลาการดำเนินงาน",
			"ช่วงเวลาดำเนินการ", "ช่วงเวลา", "กำหนดเวลา", "เดือนที่ดำเนินการ", "period", "timeline", "timeframe", "schedule");

	static final ColumnAliases ACTIVITY = ColumnAliases.of("กิจกรรมดำเนินการ", "กิจกรรม", "กิจกรรม/โครงการ",
			"โครงการ/กิจกรรม", "กิจกรรมที่ดำเนินการ", "ชื่อกิจกรรม", "โครงการ", "แนวทาง/กิจกรรม", "activity", "activities",
			"activity name", "project/activity");

	/**
	 * Measures and activities in one column, its activities where no other column heads them (a trial's
	 * plan was refused for want of an activity column, this one taken for the measures').
	 */
	static final ColumnAliases MEASURES_AND_ACTIVITIES = ColumnAliases.of("มาตรการ/กิจกรรม", "มาตรการ/โครงการ/กิจกรรม",
			"มาตรการและกิจกรรม");

	static final ColumnAliases POLICY = ColumnAliases.of("นโยบาย", "policy");

	static final ColumnAliases MEASURE = ColumnAliases.of("มาตรการ", "measure", "measures");

	static final ColumnAliases TOPIC = ColumnAliases.of("ประเด็นความรู้", "ประเด็น", "หัวข้อ", "knowledge topic",
			"topic", "topics");

	static final ColumnAliases NUMBER = ColumnAliases.of("ลำดับ", "ลำดับที่", "ที่", "no", "no.", "#");

	static final ColumnAliases BUDGET = ColumnAliases.of("งบประมาณ", "งบประมาณที่ได้รับ", "แหล่งงบประมาณ", "budget");

	static final ColumnAliases RESPONSIBLE = ColumnAliases.of("ผู้รับผิดชอบ", "หน่วยงานผู้รับผิดชอบ", "กลุ่มงานที่รับผิดชอบ",
			"ผู้รับผิดชอบหลัก", "หน่วยงานที่รับผิดชอบ", "responsible", "owner", "responsible group");

	/** How a column of progress by month is headed: "ผลการดำเนินงาน มิ.ย. 67", "สถานะ ก.ค.", "ผลเดือน…". */
	private static final Pattern PROGRESS_WORDS = Pattern.compile(
			"(?:ผลการดำเนินงาน|ผลการดำเนินการ|ผลดำเนินงาน|ผลการปฏิบัติงาน|ผลเดือน|ผล\\s|สถานะ|ความก้าวหน้า|ความคืบหน้า"
					+ "|ร้อยละความสำเร็จ|result|status|progress)");

	@Override
	public Optional<PlanLayout> recognise(Header header, SheetReader sheet) {
		int activity = header.column(ACTIVITY) >= 0 ? header.column(ACTIVITY) : header.column(MEASURES_AND_ACTIVITIES);
		if (activity < 0 || header.column(ProgressShape.STATUS) >= 0) {
			return Optional.empty();
		}
		List<PlanLayout.MonthColumn> months = new ArrayList<>();
		// Progress typed beside the plan: months under a progress heading, and columns headed with one and a month.
		List<PlanLayout.MonthColumn> progressMonths = new ArrayList<>();
		List<PlanLayout.ProgressColumn> progress = new ArrayList<>();
		List<PlanLayout.ProgressColumn> progressHeaded = new ArrayList<>();
		String periodText = null;
		for (HeaderCell cell : header.cells()) {
			var month = ThaiMonths.parse(cell.label());
			if (month.isPresent() && isProgressHeading(cell.group())) {
				progressMonths.add(new PlanLayout.MonthColumn(cell.column(), month.get()));
				progress.add(new PlanLayout.ProgressColumn(cell.column(), cell.group() + " " + cell.label(), month.get()));
			}
			else if (month.isPresent()) {
				months.add(new PlanLayout.MonthColumn(cell.column(), month.get()));
				if (periodText == null && cell.group() != null) {
					periodText = cell.group();
				}
			}
			else if (isProgressHeading(cell.label()) && ThaiMonths.findInText(cell.label()).isPresent()) {
				progressHeaded.add(new PlanLayout.ProgressColumn(cell.column(), cell.label(),
						ThaiMonths.findInText(cell.label()).orElseThrow()));
			}
		}
		if (months.isEmpty()) {
			// Months under such a heading and no others: they are the schedule, as they were read.
			months = progressMonths;
			progress.clear();
		}
		progress.addAll(progressHeaded);
		progress.sort(Comparator.comparingInt(PlanLayout.ProgressColumn::column));
		if (!months.isEmpty() && MonthStatuses.hold(sheet, header, months.stream().map(PlanLayout.MonthColumn::column).toList())) {
			return Optional.empty(); // progress by month, a column a month: ProgressShape's
		}
		// "มาตรการ/กิจกรรม" heads the activities (a trial's plan was refused for want of them), not the measures.
		int measure = header.column(MEASURE) == activity ? -1 : header.column(MEASURE);
		int budget = header.column(BUDGET);
		int responsible = header.column(RESPONSIBLE);
		if (months.isEmpty() && measure < 0 && budget < 0 && responsible < 0) {
			return Optional.empty();
		}
		// No month of its own column: the months typed in one ("ต.ค. - ธ.ค. 67"), as many plans have them (a
		// holdout trial's was refused for want of month columns).
		int period = months.isEmpty() ? header.column(PERIOD) : -1;
		return Optional.of(new PlanLayout(header.column(POLICY), measure, header.column(TOPIC), activity,
				header.column(NUMBER), budget, responsible, CommonColumns.unitColumn(header),
				header.column(CommonColumns.FISCAL_YEAR), months, periodText, List.copyOf(progress), period));
	}

	/**
	 * True for a header over months that are the progress, not the schedule ("ผลการดำเนินงาน" over
	 * มิ.ย. … ก.ค. beside "ระยะเวลาดำเนินการ" over the plan's months): marks under it schedule nothing.
	 */
	private static boolean isProgressHeading(String text) {
		return text != null && PROGRESS_WORDS.matcher(ThaiText.key(text)).lookingAt();
	}

	@Override
	public int quality(PlanLayout layout) {
		return layout.columnCount();
	}
}
