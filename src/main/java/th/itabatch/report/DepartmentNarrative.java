package th.itabatch.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import th.itabatch.catalog.Tool;
import th.itabatch.scores.RoundComparison;
import th.itabatch.scores.Scores;
import th.itabatch.thai.ThaiText;

/**
 * Writes a department's Thai narrative: how many of its units pass, the indicator weakest across
 * them, the highest and lowest units, the units that sent nothing for the month, and how many
 * monthly reports are made against the DOC deadline.
 */
final class DepartmentNarrative {

	/** How many units a sentence names before it only counts the rest. */
	static final int LISTED = 10;

	/** How many units of one rank the narrative names before it counts the rest. */
	private static final int TIED_NAMED = 3;

	private final ThaiFormat format;

	DepartmentNarrative(ThaiFormat format) {
		this.format = format;
	}

	String write(DepartmentReport report, List<Department.Outside> outside, LocalDate today) {
		DepartmentReport.RollUp all = report.summary();
		List<String> paragraphs = new ArrayList<>();
		StringBuilder scores = new StringBuilder();
		boolean ownData = report.rows().stream().anyMatch(r -> r.member().depth() == 0);
		scores.append(report.name())
			.append(" มีหน่วยงานในสังกัดที่ติดตาม ")
			.append(format.number(ownData ? all.units() - 1 : all.units()))
			.append(" หน่วยงาน");
		if (ownData) {
			// Its own data is one of the rows, not a unit below it (a trial: "8 units below" for 7 and itself).
			// "กองคลังเอง", but "สำนักงานภาคที่ 1 เอง": a word run into a figure reads as one (a trial).
			String name = report.name();
			boolean endsThai = !name.isEmpty() && ThaiText.isThai(name.charAt(name.length() - 1))
					&& !Character.isDigit(name.charAt(name.length() - 1));
			scores.append(" และข้อมูลของ")
				.append(name)
				.append(endsThai ? "เอง รวม " : " เอง รวม ")
				.append(format.number(all.units()))
				.append(" รายการ");
		}
		scores.append(" ข้อมูล ณ เดือน").append(format.month(report.month()));
		if (all.scored() == 0) {
			scores.append(" ยังไม่มีหน่วยงานใดมีผลคะแนนการประเมิน");
		}
		else {
			scores.append(" มีผลคะแนนแล้ว ")
				.append(format.number(all.scored()))
				.append(" หน่วยงาน ผ่านค่าเป้าหมายของรอบ ")
				.append(format.number(all.passed()))
				.append(" หน่วยงาน (ร้อยละ ")
				.append(format.score(percent(all.passed(), all.scored())))
				.append(") ไม่ผ่าน ")
				.append(format.number(all.scored() - all.passed()))
				.append(" หน่วยงาน คะแนนภาพรวมเฉลี่ย ")
				.append(format.score(all.mean()));
			// A new fiscal year's report before its first round's results: its scores are last year's, said
			// (a trial's October report of FY 2569 gave FY 2568's passes under its own year's title).
			report.latestScored()
				.filter(newest -> newest.fiscalYear() < report.fiscalYear())
				.ifPresent(newest -> scores.append(" (ผลคะแนนล่าสุดเป็นของ")
					.append(roundText(newest))
					.append(" ยังไม่มีผลคะแนนของปีงบประมาณ ")
					.append(format.number(report.fiscalYear()))
					.append(")"));
			List<DepartmentReport.Row> ranked = report.rows().stream().filter(r -> r.rank() != null).toList();
			if (ranked.size() > 1) {
				DepartmentReport.Row top = ranked.get(0);
				DepartmentReport.Row bottom = ranked.get(ranked.size() - 1);
				if (top.rank().equals(bottom.rank())) {
					// All tied: one is no higher than another.
					scores.append(" ทุกหน่วยงานมีคะแนนภาพรวมเท่ากัน (")
						.append(format.score(top.standing().overall()))
						.append(")");
				}
				else {
					// Units of equal score share the rank: all of them are named, not the first in the order.
					scores.append(" หน่วยงานที่มีคะแนนสูงสุด คือ ")
						.append(names(ranked, top.rank()))
						.append(" (")
						.append(format.score(top.standing().overall()))
						.append(") ต่ำสุด คือ ")
						.append(names(ranked, bottom.rank()))
						.append(" (")
						.append(format.score(bottom.standing().overall()))
						.append(")");
				}
			}
		}
		paragraphs.add(scores.toString());
		olderRounds(report).ifPresent(paragraphs::add);
		trendUnits(report).ifPresent(paragraphs::add);
		wholeIta(report).ifPresent(paragraphs::add);
		report.weakestShared().ifPresent(weakest -> {
			// "Across all units" only where every unit with scores has it: a trial's indicator of 2 of 3 units.
			paragraphs.add("ตัวชี้วัดที่มีคะแนนเฉลี่ยต่ำที่สุด"
					+ (weakest.units() == report.widestScored() ? "เมื่อรวมทุกหน่วยงาน"
							: "เมื่อรวมหน่วยงานที่มีผลของตัวชี้วัดนั้น (" + format.number(weakest.units()) + " จาก "
									+ format.number(report.widestScored()) + " หน่วยงาน)")
					+ " คือ ตัวชี้วัดที่ "
					+ format.number(weakest.indicator().number()) + " " + weakest.indicator().thai() + " เฉลี่ย "
					+ format.score(weakest.mean()) + " ผ่านค่าเป้าหมายของตัวชี้วัด"
					// The indicators' target is the units' reports' goal (the next round's, as the seed
					// compares), not the round's target their overalls pass by: said, with its value.
					// Targets that differ across units (one ranked on an older round) as their range, as the sheet gives them.
					+ (weakest.lowestTarget() == null ? ""
							: " (ร้อยละ " + format.target(weakest.lowestTarget())
									+ (weakest.target() == null ? "–" + format.target(weakest.highestTarget()) : "") + ")")
					+ " "
					+ format.number(weakest.passed()) + " จาก " + format.number(weakest.units()) + " หน่วยงาน"
					+ tied(report.tiedWithWeakest()));
			// Lower still, of only a few units: said as theirs, not the department's.
			List<DepartmentReport.IndicatorMean> lower = report.lowerAmongFew();
			if (!lower.isEmpty()) {
				boolean sameUnits = lower.stream().mapToInt(DepartmentReport.IndicatorMean::units).distinct().count() == 1;
				paragraphs.add("ส่วนตัวชี้วัดที่มีผลคะแนนเพียงบางหน่วยงาน "
						+ String.join(" และ", lower.stream()
							.map(m -> "ตัวชี้วัดที่ " + format.number(m.indicator().number()) + " " + m.indicator().thai()
									+ (sameUnits ? "" : " (จากผลของ " + format.number(m.units()) + " หน่วยงาน)"))
							.toList())
						+ (lower.size() > 1 ? " มีคะแนนเฉลี่ยต่ำกว่านั้นเท่ากัน คือ " : " มีคะแนนเฉลี่ยต่ำกว่านั้น คือ ")
						+ format.score(lower.get(0).mean())
						+ (sameUnits ? " จากผลของ " + format.number(lower.get(0).units()) + " หน่วยงาน" : ""));
			}
		});
		// Sent scores or a plan before, but not the month's progress: whom the planning office asks each
		// month. Counted as sending data, they were never named (a trial's May: five of eight, "all sent").
		// Those with no plan are asked for the plan: without one there is no progress to send (a trial
		// listed five units without plans among six "without the month's progress").
		List<String> noProgress = sending(report, UnitStanding::owesProgress);
		List<String> noPlan = sending(report, s -> s.arrived().noPlan());
		if (all.silent().isEmpty() && all.refused().isEmpty()) {
			// Says what was counted, as the other branch does: any input at all, not the month's progress;
			// with what some still lack said next, as such (a trial read "every unit sent" and, on the next
			// line, a unit that had not sent the month's progress, as a contradiction).
			paragraphs.add(noProgress.isEmpty() && noPlan.isEmpty()
					? "ทุกหน่วยงานส่งข้อมูล (ผลคะแนน แผน หรือผลการดำเนินงาน) สำหรับเดือน" + format.month(report.month()) + " แล้ว"
					: "ทุกหน่วยงานส่งข้อมูลแล้วอย่างน้อยหนึ่งรายการ (ผลคะแนน แผน หรือผลการดำเนินงาน) สำหรับเดือน"
							+ format.month(report.month()) + " แต่ยังขาดบางรายการ ดังนี้");
		}
		else if (!all.silent().isEmpty()) {
			paragraphs.add("หน่วยงานที่ยังไม่ส่งข้อมูลใด ๆ (ผลคะแนน แผน หรือผลการดำเนินงาน) สำหรับเดือน"
					+ format.month(report.month()) + " " + format.number(all.silent().size()) + " หน่วยงาน ได้แก่ "
					+ listed(all.silent().stream().map(unit -> withMisspelling(unit, outside)).toList()));
		}
		if (!all.refused().isEmpty()) {
			paragraphs.add("หน่วยงานที่ส่งไฟล์แล้วแต่ไฟล์มีข้อผิดพลาด จึงยังไม่ได้นำข้อมูลมาใช้ " + format.number(all.refused().size())
					+ " หน่วยงาน ได้แก่ " + listed(all.refused()) + " ให้แก้ไขตามรายการข้อผิดพลาดของไฟล์แล้วส่งใหม่");
		}
		if (!noProgress.isEmpty()) {
			paragraphs.add("หน่วยงานที่ยังไม่ส่งผลการดำเนินงานของเดือน" + format.month(report.month()) + " "
					+ format.number(noProgress.size()) + " หน่วยงาน ได้แก่ " + listed(noProgress));
		}
		if (!noPlan.isEmpty()) {
			paragraphs.add("หน่วยงานที่ยังไม่ส่งแผนปฏิบัติการของปีงบประมาณ " + format.number(report.fiscalYear())
					+ " (จึงยังติดตามผลการดำเนินงานไม่ได้) " + format.number(noPlan.size()) + " หน่วยงาน ได้แก่ "
					+ listed(noPlan));
		}
		List<Department.Outside> unknown = outside.stream().filter(o -> !o.shared()).toList();
		if (!unknown.isEmpty()) {
			paragraphs.add("มีข้อมูลของหน่วยงานที่ไม่อยู่ในทะเบียนหน่วยงาน " + format.number(unknown.size())
					+ " หน่วยงาน ได้แก่ "
					+ listed(unknown.stream()
						.map(o -> o.likely() == null ? o.name() : o.name() + " (น่าจะเป็น " + o.likely() + ")")
						.toList())
					+ " ซึ่งไม่นับรวมในรายงานนี้ ให้แก้ชื่อในไฟล์หรือเพิ่มในทะเบียนหน่วยงาน");
		}
		outside.stream().filter(Department.Outside::shared).forEach(o -> paragraphs.add("มีข้อมูลที่ส่งมาในชื่อ " + o.name()
				+ " ซึ่งเป็นชื่อของ " + format.number(o.sharedBy().size()) + " หน่วยงานในทะเบียน ได้แก่ "
				+ String.join(" และ ", o.sharedBy()) + " จึงไม่ทราบว่าเป็นของหน่วยงานใดและไม่นับรวมในรายงานนี้"
				+ " หากทะเบียนระบุหน่วยงานเดียวกันซ้ำ ให้ลบแถวที่ซ้ำ มิฉะนั้นให้ระบุหน่วยงานในไฟล์ด้วยรหัสหรือชื่อเต็มตามทะเบียน"));
		paragraphs.add("จัดทำรายงานประจำเดือนแล้ว " + format.number(all.reportsMade()) + " จาก "
				+ format.number(all.units()) + " หน่วยงาน" + madeFromEarlierData(report)
				+ " กำหนดส่งในระบบ DOC ภายในวันที่ " + format.date(report.dueDate())
				+ (today.isAfter(report.dueDate()) ? " (เลยกำหนดแล้ว)" : ""));
		return String.join("\n", paragraphs);
	}

	/** The units that sent something in use whose standing is as asked. */
	private static List<String> sending(DepartmentReport report, Predicate<UnitStanding> asked) {
		return report.rows()
			.stream()
			.filter(r -> !r.standing().arrived().nothing() && asked.test(r.standing()))
			.map(r -> r.member().name())
			.toList();
	}

	/**
	 * The units counted both among the reports made and among those that sent nothing for the month:
	 * their report was made from what they sent for an earlier year, which is said, or the two counts
	 * read as more units than the department has (a trial's "5 of 6 made" beside "2 sent nothing").
	 */
	private String madeFromEarlierData(DepartmentReport report) {
		List<String> both = report.rows()
			.stream()
			.filter(r -> r.standing().reportId() != null && r.standing().arrived().nothing())
			.map(r -> r.member().name())
			.toList();
		return both.isEmpty() ? ""
				: " (รวม " + listed(both) + " ซึ่งยังไม่ส่งข้อมูลสำหรับเดือนนี้ รายงานจึงจัดทำจากข้อมูลที่ส่งไว้ก่อนหน้า)";
	}

	/** The indicators whose mean equals the weakest's, each with how many units pass it; "" for none. */
	private String tied(List<DepartmentReport.IndicatorMean> tied) {
		if (tied.isEmpty()) {
			return "";
		}
		return " และมีคะแนนเฉลี่ยเท่ากันกับตัวชี้วัดที่ " + String.join(" และตัวชี้วัดที่ ", tied.stream()
			.map(m -> format.number(m.indicator().number()) + " " + m.indicator().thai() + " (ผ่าน "
					+ format.number(m.passed()) + " จาก " + format.number(m.units()) + " หน่วยงาน)")
			.toList());
	}

	/**
	 * Which overalls are the whole ITA's weighted total rather than the staff survey's score: ranked
	 * together, the two read as one measure unless said (a trial ranked 95.24 of three tools above
	 * units of IIT alone with no word of it).
	 */
	private Optional<String> wholeIta(DepartmentReport report) {
		List<DepartmentReport.Row> scored = report.rows().stream().filter(r -> r.standing().hasScores()).toList();
		List<DepartmentReport.Row> whole = scored.stream()
			.filter(r -> report.basis(r.standing()).filter("ITA"::equals).isPresent())
			.toList();
		if (whole.isEmpty()) {
			return Optional.empty();
		}
		Set<Tool> tools = EnumSet.noneOf(Tool.class);
		whole.forEach(r -> tools.addAll(report.tools(r.standing())));
		// Not "weighted": a stated overall is ranked as the file states it, weighted or a plain mean (a trial).
		String total = "เป็นคะแนน ITA รวมของหลายเครื่องมือ ("
				+ String.join(" ", tools.stream().map(Enum::name).toList()) + ")";
		if (whole.size() == scored.size()) {
			return Optional.of("คะแนนภาพรวมของทุกหน่วยงาน" + total);
		}
		return Optional.of("คะแนนภาพรวมของ " + listed(whole.stream().map(r -> r.member().name()).toList()) + " " + total
				+ " ส่วนของหน่วยงานอื่นเป็นคะแนนของเครื่องมือเดียว (เช่น แบบวัดการรับรู้ภายใน IIT)"
				+ " การจัดลำดับและค่าเฉลี่ยจึงรวมคะแนนต่างประเภทกัน");
	}

	/**
	 * The units ranked on an older round than the latest any unit has (a unit whose newest scores are
	 * of the year before is ranked on them): named with their round, so its place is read for what it is.
	 */
	private Optional<String> olderRounds(DepartmentReport report) {
		UnitStanding latest = report.latestScored().orElse(null);
		if (latest == null) {
			return Optional.empty();
		}
		Map<String, List<UnitStanding>> older = new LinkedHashMap<>();
		report.rows()
			.stream()
			.map(DepartmentReport.Row::standing)
			.filter(report::onOlderRound)
			.sorted(DepartmentReport.BY_ROUND.reversed())
			.forEach(s -> older.computeIfAbsent(roundText(s), k -> new ArrayList<>()).add(s));
		if (older.isEmpty()) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		// Their pass is by that round's target, lower than the latest's: said, or a unit "passing" at 85
		// below one "failing" at 91 read as a mistake (a trial), its own report failing it on the next target.
		older.forEach((round, units) -> parts.add(listed(units.stream().map(UnitStanding::unit).toList()) + " เป็นผล"
				+ round + (units.get(0).target() == null ? ""
						: " (ผ่านหรือไม่ผ่านตามค่าเป้าหมายของรอบนั้น ร้อยละ " + format.target(units.get(0).target()) + ")")));
		return Optional.of("ผลคะแนนของ " + String.join(" และของ ", parts) + " ซึ่งยังไม่มีผล"
				+ roundText(latest) + " จึงจัดลำดับจากผลรอบก่อน (ทำเครื่องหมาย * ที่ผลเทียบเป้าหมาย)");
	}

	/**
	 * Where the trend's last two rounds' means are of different units, says so, with how the units that
	 * have both moved: a trial's rising line, 85.78 to 92.52, was six units each time, not the same six.
	 */
	private Optional<String> trendUnits(DepartmentReport report) {
		List<DepartmentReport.TrendPoint> trend = report.trend();
		if (trend.size() < 2) {
			return Optional.empty();
		}
		DepartmentReport.TrendPoint before = trend.get(trend.size() - 2);
		DepartmentReport.TrendPoint latest = trend.get(trend.size() - 1);
		if (before.overalls().keySet().equals(latest.overalls().keySet())) {
			return Optional.empty();
		}
		List<String> both = latest.overalls().keySet().stream().filter(before.overalls()::containsKey).toList();
		StringBuilder text = new StringBuilder("ค่าเฉลี่ยรายรอบในแนวโน้มคำนวณจากหน่วยงานที่มีผลในแต่ละรอบ ซึ่งไม่ใช่ชุดเดียวกัน ")
			// "มี" between the round and the count: "รอบที่ ๑ ๗ หน่วยงาน" read as seventeen (a trial).
			.append(roundText(before.round())).append(" มี ").append(format.number(before.units())).append(" หน่วยงาน ")
			.append(roundText(latest.round())).append(" มี ").append(format.number(latest.units())).append(" หน่วยงาน");
		if (!both.isEmpty()) {
			BigDecimal was = Scores.round(Scores.mean(both.stream().map(before.overalls()::get).toList()));
			BigDecimal now = Scores.round(Scores.mean(both.stream().map(latest.overalls()::get).toList()));
			text.append(" หน่วยงานที่มีผลทั้งสองรอบ ").append(format.number(both.size())).append(" หน่วยงาน มีคะแนนเฉลี่ยจาก ")
				.append(format.score(was)).append(" เป็น ").append(format.score(now));
		}
		return Optional.of(text.toString());
	}

	private String roundText(RoundComparison.RoundRef round) {
		return roundText(round.fiscalYear(), round.round().number());
	}

	private String roundText(UnitStanding standing) {
		return roundText(standing.fiscalYear(), standing.round());
	}

	private String roundText(int fiscalYear, int round) {
		return "ปีงบประมาณ " + format.number(fiscalYear) + " รอบที่ " + format.number(round);
	}

	/**
	 * A unit that sent nothing, with the misspelt name its data may have come under: a trial's office read
	 * "sent nothing" for a unit whose scores were listed, misspelt, as outside the register.
	 */
	private static String withMisspelling(String unit, List<Department.Outside> outside) {
		return outside.stream()
			.filter(o -> o.mayBe(unit))
			.findFirst()
			// Not "sent under": the data may be of another year, the unit reported alone on its month (a review).
			.map(o -> unit + (o.shared() ? " (มีข้อมูลส่งมาในชื่อ " + o.name() + " ซึ่งอาจเป็นของหน่วยงานนี้)"
					: " (มีข้อมูลส่งมาในชื่อ " + o.name() + " ซึ่งน่าจะเป็นหน่วยงานนี้)"))
			.orElse(unit);
	}

	private String listed(List<String> units) {
		if (units.size() <= LISTED) {
			return String.join(" ", units);
		}
		return String.join(" ", units.subList(0, LISTED)) + " และอีก " + format.number(units.size() - LISTED)
				+ " หน่วยงาน";
	}

	private static BigDecimal percent(int part, int whole) {
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}
	/** The units of a rank: "ก", "ก และ ข", "ก ข และ ค", or the first three and how many more. */
	private String names(List<DepartmentReport.Row> ranked, Integer rank) {
		List<String> names = ranked.stream().filter(r -> rank.equals(r.rank())).map(r -> r.member().name()).toList();
		if (names.size() == 1) {
			return names.get(0);
		}
		if (names.size() > TIED_NAMED) {
			return String.join(" ", names.subList(0, TIED_NAMED)) + " และอีก " + format.number(names.size() - TIED_NAMED)
					+ " หน่วยงาน";
		}
		return String.join(" ", names.subList(0, names.size() - 1)) + " และ " + names.get(names.size() - 1);
	}
}
