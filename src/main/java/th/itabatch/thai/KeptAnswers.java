package th.itabatch.thai;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a costly function of its argument alone, kept for the next time it is asked: a
 * thousand units' workbooks and reports ask the same few texts over and over (headers, labels, the
 * indicators' names). A crude bound: past {@code most} answers all are forgotten, and texts that
 * differ every time (free-text answers, narratives) only cost their answer again.
 *
 * @param <K> the argument
 * @param <V> the answer, never {@code null}
 */
public final class KeptAnswers<K, V> {

	/**
	 * The longest text whose answer {@link #ofTexts} keeps: a long cell (a narrative, or a hostile
	 * workbook's 32,767 letters) is answered each time, not kept, so the answers stay small.
	 */
	static final int LONGEST_TEXT = 200;

	private final Map<K, V> kept = new ConcurrentHashMap<>();

	private final int most;

	private final int longest;

	public KeptAnswers(int most) {
		this(most, Integer.MAX_VALUE);
	}

	private KeptAnswers(int most, int longest) {
		this.most = most;
		this.longest = longest;
	}

	/** Answers for texts, kept for those of at most {@value #LONGEST_TEXT} characters. */
	public static <V> KeptAnswers<String, V> ofTexts(int most) {
		return new KeptAnswers<>(most, LONGEST_TEXT);
	}

	/** The answer for the argument: the one kept, else made by {@code answer} and kept; a {@code null} is answered alone. */
	public V get(K argument, Function<? super K, ? extends V> answer) {
		if (argument == null || argument instanceof String text && text.length() > longest) {
			return answer.apply(argument);
		}
		V known = kept.get(argument);
		if (known != null) {
			return known;
		}
		V made = answer.apply(argument);
		if (kept.size() >= most) {
			kept.clear();
		}
		kept.put(argument, made);
		return made;
	}
}
