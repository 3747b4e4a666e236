package th.itabatch.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The questionnaire of survey exports ({@code ita.survey.*}): which questions feed which indicator,
 * the answer scales with their labels and points, the negatively worded items whose points run the
 * other way, and how the overall is computed. Defaults: the IIT form of FY 2564.
 *
 * @param indicators question ranges per indicator ({ indicator: 1, from: 1, to: 6 })
 * @param scales the answer scales by name: labels in order and their points
 * @param defaultScale the scale of a question not listed in {@code scaleOf}
 * @param scaleOf the scale of particular questions or items ({ I4: bribery })
 * @param reversed items whose points run the other way ("I9", "I11.2")
 * @param headerMap column headers that name a question without a code ({ "ข้อความหัวคอลัมน์": "I5" })
 * @param overallMethod how the overall is computed
 * @param chunkRows rows scored per transaction
 * @param maxProblems located messages kept per export (beyond, only counted)
 */
@ConfigurationProperties("ita.survey")
public record SurveyProperties(List<IndicatorRange> indicators, Map<String, Scale> scales,
		@DefaultValue("four-level") String defaultScale, Map<String, String> scaleOf, List<String> reversed,
		Map<String, String> headerMap, @DefaultValue("INDICATOR_MEAN") OverallMethod overallMethod,
		@DefaultValue("10000") int chunkRows, @DefaultValue("1000") int maxProblems) {

	public SurveyProperties {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
		scales = scales == null ? Map.of() : Map.copyOf(scales);
		scaleOf = scaleOf == null ? Map.of() : Map.copyOf(scaleOf);
		reversed = reversed == null ? List.of() : List.copyOf(reversed);
		headerMap = headerMap == null ? Map.of() : Map.copyOf(headerMap);
	}

	/**
	 * The questions of one indicator.
	 *
	 * @param indicator the indicator's number
	 * @param from the first question
	 * @param to the last question
	 */
	public record IndicatorRange(int indicator, int from, int to) {
	}

	/**
	 * An answer scale.
	 *
	 * @param labels the choices as the form shows them, in order
	 * @param points the points of each choice
	 */
	public record Scale(List<String> labels, List<BigDecimal> points) {
	}
}
