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

	private final Map<K, V> kept = new ConcurrentHashMap<>();

	private final int most;

	public KeptAnswers(int most) {
		this.most = most;
	}

	/** The answer for the argument: the one kept, else made by {@code answer} and kept. */
	public V get(K argument, Function<? super K, ? extends V> answer) {
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
