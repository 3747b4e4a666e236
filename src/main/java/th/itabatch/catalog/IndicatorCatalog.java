package th.itabatch.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import th.itabatch.thai.KeptAnswers;
import th.itabatch.thai.ThaiText;

/**
 * The configured indicators, and the rules that recognise one in what people type: its Thai or
 * English name (spacing and a common misspelling tolerated), its number ("4", "ตัวชี้วัดที่ ๔",
 * "4. การใช้ทรัพย์สินของราชการ") or its code ("IIT4", "IIT-04").
 */
public final class IndicatorCatalog {

	private static final Pattern CODE = Pattern.compile("^(iit|eit|oit)\\s*[-_.]?\\s*0*(\\d{1,2})$");

	private static final Pattern NUMBERED = Pattern
		.compile("^(?:ตัวชี้วัดที่|ตัวชี้วัด|indicator|ที่|ข้อ|no\\.?)?\\s*[(\\[]?\\s*(\\d{1,2})\\s*[).\\]:]?\\s*(.*)$");

	private static final Set<String> OVERALL = Set.of("ภาพรวม", "overall", "รวม", "total", "คะแนนรวม", "คะแนนภาพรวม",
			"ภาพรวมทั้งหมด", "รวมทั้งหมด", "ผลรวม", "ภาพรวมหน่วยงาน");

	/** A tool's subtotal as a heading or a row names it: "IIT", "คะแนน EIT", "ภาพรวม OIT", "รวม (IIT)", "OIT score". */
	private static final Pattern TOOL_TOTAL = Pattern
		.compile("(?:(?:คะแนน|ภาพรวม|รวม|ผลรวม)\\s*)*[(\\[]?(iit|eit|oit)[)\\]]?(?:\\s*score)?");

	/** "ITA" beside or around an overall's words: "ภาพรวม ITA", "คะแนน (ITA)", "ITA รวม". */
	private static final Pattern ITA = Pattern.compile("[(\\[]?ita[)\\]]?");

	/** The letters a name has at least to be read from a text a few letters off it. */
	private static final int NEAR_LETTERS = 8;

	/** "i1" … "i10" as the NACC's tables head them; "I1 ข้อคำถาม…" is a survey's question, not an indicator. */
	private static final Pattern NACC = Pattern.compile("^i\\s*0*(\\d{1,2})$");

	private final List<Indicator> indicators;

	/** Each indicator's names as compared, made once: a scores matrix asks of every header cell it looks at. */
	private final Map<Indicator, List<String>> nameKeys = new java.util.IdentityHashMap<>();

	/**
	 * What texts named, by their key: a scores matrix is looked for in every header cell of every sheet,
	 * and a thousand plans' headers are the same few texts (their ingest took three times as long).
	 */
	private final KeptAnswers<String, Optional<Indicator>> found = KeptAnswers.ofTexts(20_000);

	/**
	 * Texts read as the overall row or a tool's subtotal: a scores matrix is looked for in every header
	 * cell of every sheet, the same few texts in a thousand units' plans (5 % of their ingest's reading).
	 */
	private static final KeptAnswers<String, Boolean> OVERALL_TEXTS = KeptAnswers.ofTexts(4096);

	private static final KeptAnswers<String, Optional<Tool>> TOOL_TOTALS = KeptAnswers.ofTexts(4096);

	private static final Pattern NAME_MARKS = Pattern.compile("[\"'“”.:]");

	public IndicatorCatalog(List<Indicator> indicators) {
		this.indicators = indicators.stream().sorted(Comparator.comparingInt(Indicator::number)).toList();
		for (Indicator indicator : this.indicators) {
			nameKeys.put(indicator, java.util.stream.Stream
				.concat(java.util.stream.Stream.of(indicator.thai(), indicator.english()), indicator.aliases().stream())
				.map(IndicatorCatalog::nameKey)
				.toList());
		}
	}

	public List<Indicator> all() {
		return indicators;
	}

	/**
	 * The indicators of the given ones' tools that are not among them: a round of IIT scores without
	 * indicator 5 lacks indicator 5 (a tool none of them is of lacks nothing).
	 */
	public List<Indicator> missingFrom(Collection<Indicator> present) {
		Set<Tool> tools = present.stream().map(Indicator::tool).collect(Collectors.toSet());
		Set<Integer> numbers = present.stream().map(Indicator::number).collect(Collectors.toSet());
		return indicators.stream().filter(i -> tools.contains(i.tool()) && !numbers.contains(i.number())).toList();
	}

	public Optional<Indicator> byNumber(int number) {
		return indicators.stream().filter(i -> i.number() == number).findFirst();
	}

	/**
	 * True when the text names the overall row ("ภาพรวม", "Overall", "รวม"), also as the whole ITA's
	 * ("ภาพรวม ITA", "คะแนน ITA", "ITA"): a trial's "ภาพรวม ITA" was an unknown indicator, and the
	 * workbook's thirty scores refused with it.
	 */
	public static boolean isOverall(String text) {
		return OVERALL_TEXTS.get(text, IndicatorCatalog::readIsOverall);
	}

	private static boolean readIsOverall(String text) {
		String compact = ThaiText.compactKey(text).replace(":", "");
		String whole = ITA.matcher(compact).replaceAll("");
		return OVERALL.contains(compact) || OVERALL.contains(ThaiText.key(text).replace(":", "").trim())
				|| (!whole.equals(compact) && (whole.isEmpty() || whole.equals("คะแนน") || OVERALL.contains(whole)));
	}

	/**
	 * The tool whose subtotal the text names ("IIT", "ภาพรวม EIT"), or empty: a table of the NACC's
	 * results gives each tool's beside its indicators, and a trial's workbook with such rows was refused
	 * for "unknown indicators".
	 */
	public static Optional<Tool> toolTotal(String text) {
		return TOOL_TOTALS.get(text, IndicatorCatalog::readToolTotal);
	}

	private static Optional<Tool> readToolTotal(String text) {
		Matcher total = TOOL_TOTAL.matcher(ThaiText.key(text));
		return total.matches() ? Optional.of(Tool.valueOf(total.group(1).toUpperCase())) : Optional.empty();
	}

	/** The indicator the text names, or empty when it names none. */
	public Optional<Indicator> find(String text) {
		String key = ThaiText.key(text);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		return found.get(key, this::findKey);
	}

	private Optional<Indicator> findKey(String key) {
		Matcher code = CODE.matcher(key);
		if (code.matches()) {
			Tool tool = Tool.valueOf(code.group(1).toUpperCase());
			return byNumber(Integer.parseInt(code.group(2))).filter(i -> i.tool() == tool);
		}
		Matcher nacc = NACC.matcher(key);
		if (nacc.matches()) {
			return byNumber(Integer.parseInt(nacc.group(1)));
		}
		Matcher numbered = NUMBERED.matcher(key);
		if (numbered.matches()) {
			Optional<Indicator> byNumber = byNumber(Integer.parseInt(numbered.group(1)));
			String rest = numbered.group(2);
			if (rest.isBlank()) {
				return byNumber;
			}
			// A number with a name: the name decides; a name we do not know falls back to the number.
			return byName(rest).or(() -> byNumber);
		}
		return byName(key);
	}

	/**
	 * The indicator a text a few letters off one of its names stands for, where one alone is nearest
	 * (one letter in six at most): "การแก้ไขปัญหาทุจริต" with a word left out refused a trial's workbook.
	 * Asked of an indicator column's cells alone, with the reading said: never of headers, where a
	 * near name could make another table look like scores.
	 */
	public Optional<Indicator> findNear(String text) {
		return ThaiText.uniquelyNearest(nameKey(text), nameKeys, NEAR_LETTERS);
	}

	/** The indicators whose names are nearest a text that names none, at most two, for its message. */
	public List<Indicator> closest(String text) {
		String wanted = nameKey(text);
		if (wanted.isEmpty()) {
			return List.of();
		}
		int most = Math.max(3, wanted.length() / 3);
		return indicators.stream()
			.map(i -> Map.entry(i, names(i).mapToInt(name -> ThaiText.distance(wanted, name)).min().orElse(Integer.MAX_VALUE)))
			.filter(e -> e.getValue() <= most)
			.sorted(Map.Entry.comparingByValue())
			.limit(2)
			.map(Map.Entry::getKey)
			.toList();
	}

	private Optional<Indicator> byName(String text) {
		String wanted = nameKey(text);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		for (Indicator indicator : indicators) {
			if (names(indicator).anyMatch(wanted::equals)) {
				return Optional.of(indicator);
			}
		}
		// "ด้านการใช้อำนาจ", "ตัวชี้วัดการใช้ทรัพย์สินของราชการ": the longest name the text contains.
		return longestNameIn(wanted).map(Candidate::indicator);
	}

	private Optional<Candidate> longestNameIn(String wanted) {
		return indicators.stream()
			.flatMap(i -> names(i).filter(name -> name.length() >= 4 && wanted.contains(name))
				.map(name -> new Candidate(i, name.length(), name)))
			.max(Comparator.comparingInt(Candidate::length));
	}

	/**
	 * True when the text names its indicator only by containing one of its names run into more Thai
	 * words ("การใช้อำนาจพิเศษ"): read as that indicator, which a reader says, as it may name another
	 * thing (a trial's was filed as การใช้อำนาจ without a word). Words around a name, set apart or
	 * before it ("ด้านการใช้อำนาจ", "การใช้อำนาจ (IIT3)", "Use of power index"), are not.
	 */
	public boolean runsOn(String text) {
		String spaced = NAME_MARKS.matcher(ThaiText.key(text).replace('ฎ', 'ฏ')).replaceAll("");
		String wanted = spaced.replace(" ", "");
		Matcher numbered = NUMBERED.matcher(ThaiText.key(text));
		if (numbered.matches()) {
			// A number with a name no indicator has is read by its number, and said: a retrial's
			// "5. ตัวชี้วัดเพิ่มเติมพิเศษ" was filed as indicator 5 without a word.
			return !numbered.group(2).isBlank() && byName(numbered.group(2)).isEmpty();
		}
		if (indicators.stream().anyMatch(i -> names(i).anyMatch(wanted::equals))) {
			return false;
		}
		Optional<Candidate> found = longestNameIn(wanted);
		if (found.isEmpty()) {
			return false;
		}
		int end = wanted.indexOf(found.get().name()) + found.get().name().length();
		if (end >= wanted.length() || !isThaiLetter(wanted.charAt(end))) {
			return false;
		}
		// The letter after the name as written: run on, or after a space.
		int letters = 0;
		for (int i = 0; i < spaced.length(); i++) {
			if (spaced.charAt(i) != ' ' && letters++ == end) {
				return i == 0 || spaced.charAt(i - 1) != ' ';
			}
		}
		return false;
	}

	private static boolean isThaiLetter(char c) {
		return ThaiText.isThai(c) && Character.isLetter(c);
	}

	private java.util.stream.Stream<String> names(Indicator indicator) {
		return nameKeys.get(indicator).stream();
	}

	// ฎ for ฏ ("ปฎิบัติ") is the commonest misspelling of these names.
	private static String nameKey(String text) {
		return NAME_MARKS.matcher(ThaiText.compactKey(text).replace('ฎ', 'ฏ')).replaceAll("");
	}

	private record Candidate(Indicator indicator, int length, String name) {
	}
}
