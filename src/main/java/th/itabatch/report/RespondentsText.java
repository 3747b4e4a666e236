package th.itabatch.report;

import java.util.Map;
import java.util.stream.Collectors;

import th.itabatch.catalog.Tool;
import th.itabatch.scores.RoundComparison;

/** Says how many answered each survey the scores workbook states: "ผู้ตอบแบบวัด ๔๒ คน", or tool by tool. */
final class RespondentsText {

	private RespondentsText() {
	}

	/**
	 * "ผู้ตอบแบบวัด ๔๒ คน" for one tool, "ผู้ตอบแบบวัด IIT ๔๒ คน EIT ๑๒๖ คน" for several (each tool
	 * is a survey of its own), "๓๐–๓๔ คน" where its indicators state different counts, or {@code null}
	 * when none is stated.
	 */
	static String of(Map<Tool, RoundComparison.Respondents> byTool, ThaiFormat format) {
		if (byTool.isEmpty()) {
			return null;
		}
		if (byTool.size() == 1) {
			return "ผู้ตอบแบบวัด " + count(byTool.values().iterator().next(), format) + " คน";
		}
		return "ผู้ตอบแบบวัด " + byTool.entrySet()
			.stream()
			.map(e -> e.getKey().name() + " " + count(e.getValue(), format) + " คน")
			.collect(Collectors.joining(" "));
	}

	private static String count(RoundComparison.Respondents respondents, ThaiFormat format) {
		String most = format.digits(String.format("%,d", respondents.most()));
		return respondents.fewest() == respondents.most() ? most
				: format.digits(String.format("%,d", respondents.fewest())) + "–" + most;
	}
}
