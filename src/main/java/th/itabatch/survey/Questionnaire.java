package th.itabatch.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import th.itabatch.thai.ThaiText;

/**
 * The questionnaire as configured: which indicator each question feeds and how each item's answers
 * score. Built from {@link SurveyProperties}.
 */
public final class Questionnaire {

	/**
	 * An item and how it scores.
	 *
	 * @param key the item
	 * @param indicator the indicator it feeds
	 * @param scale its answers and their points
	 */
	record Item(ItemKey key, int indicator, AnswerScale scale) {
	}

	private final Map<Integer, Integer> indicatorOfQuestion = new HashMap<>();

	private final SurveyProperties properties;

	private final Set<ItemKey> reversed = new HashSet<>();

	private final Map<String, ItemKey> headerMap = new HashMap<>();

	// Keyed by ItemKey: configuration may spell "I4" or "i4" (property binding lower-cases map keys).
	private final Map<ItemKey, String> scaleOf = new HashMap<>();

	public Questionnaire(SurveyProperties properties) {
		this.properties = properties;
		for (SurveyProperties.IndicatorRange range : properties.indicators()) {
			for (int q = range.from(); q <= range.to(); q++) {
				indicatorOfQuestion.put(q, range.indicator());
			}
		}
		properties.reversed().forEach(code -> reversed.add(ItemKey.of(code)));
		properties.headerMap().forEach((header, code) -> headerMap.put(ThaiText.key(header), ItemKey.of(code)));
		properties.scaleOf().forEach((code, scale) -> scaleOf.put(ItemKey.of(code), scale));
		if (!properties.scales().containsKey(properties.defaultScale())) {
			throw new IllegalStateException("ita.survey.default-scale " + properties.defaultScale() + " is not among ita.survey.scales");
		}
	}

	public OverallMethod overallMethod() {
		return properties.overallMethod();
	}

	/** The item a column header names: by its code, or by the configured header map. */
	public Optional<ItemKey> itemOf(String header) {
		ItemKey mapped = headerMap.get(ThaiText.key(header));
		return mapped != null ? Optional.of(mapped) : ItemKey.parse(header);
	}

	/** The item with its scale (a fresh scale, with its own memory of answers), if the question is known. */
	Optional<Item> item(ItemKey key) {
		Integer indicator = indicatorOfQuestion.get(key.question());
		if (indicator == null) {
			return Optional.empty();
		}
		String scaleName = scaleOf.getOrDefault(key, scaleOf.getOrDefault(key.questionOnly(), properties.defaultScale()));
		SurveyProperties.Scale scale = properties.scales().get(scaleName);
		if (scale == null) {
			throw new IllegalStateException("ita.survey.scale-of names an unknown scale: " + scaleName);
		}
		boolean isReversed = reversed.contains(key) || reversed.contains(key.questionOnly());
		return Optional.of(new Item(key, indicator, new AnswerScale(scaleName, scale.labels(), scale.points(), isReversed)));
	}

	/** The questions the questionnaire has, in order. */
	public List<Integer> questions() {
		List<Integer> questions = new ArrayList<>(indicatorOfQuestion.keySet());
		questions.sort(null);
		return questions;
	}

	public int indicatorOf(int question) {
		return indicatorOfQuestion.get(question);
	}

	public int maxProblems() {
		return properties.maxProblems();
	}

	public int chunkRows() {
		return properties.chunkRows();
	}
}
