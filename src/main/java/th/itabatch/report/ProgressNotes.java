package th.itabatch.report;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import th.itabatch.plan.ActivityProgress;
import th.itabatch.plan.ProgressEntry;

/**
 * An activity's result as the reports give it in full: the result, then the evidence link and the
 * problems its progress row gives, each on a line of its own ("หลักฐาน: …", "ปัญหาอุปสรรค: …").
 */
final class ProgressNotes {

	/** A problems cell that starts with its own label ("ปัญหาอุปสรรค: …"): the report writes the label. */
	private static final Pattern PROBLEMS_LABEL = Pattern
		.compile("^(?:ปัญหา\\s*(?:/|และ)?\\s*อุปสรรค\\s*[:：]?|ปัญหา\\s*[:：]|problems?\\s*[:：])\\s*", Pattern.CASE_INSENSITIVE);

	/** An evidence cell that starts with its own label ("หลักฐาน: https://…"). */
	private static final Pattern EVIDENCE_LABEL = Pattern
		.compile("^(?:หลักฐาน(?:การดำเนินงาน)?|ลิงก์|ลิงค์|link|evidence)\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);

	private ProgressNotes() {
	}

	/**
	 * An activity's status as its progress states it ("อยู่ระหว่างดำเนินการ (ร้อยละ ๕๐)"), else as worked
	 * out, with "(เลยกำหนด)" once overdue and the month it was last reported as of: the report's and the
	 * brief's alike (the brief once dropped the share a unit had written).
	 */
	static String status(ActivityProgress progress, java.time.YearMonth month, ThaiFormat format) {
		String status = progress.latest() != null && progress.latest().status() == progress.status()
				? progress.latest().statusThai() : progress.status().thai();
		return format.digits(status) + (progress.overdue() ? " (เลยกำหนด)" : "") + format.asOf(progress.unfinishedAsOf(month));
	}

	/**
	 * The result with the evidence and the problems under it: a trial's links and obstacles were read
	 * and shown nowhere. {@code digits} sets the result's and the problems' digits; a link keeps its
	 * own, or it leads nowhere.
	 */
	static String resultInFull(ActivityProgress progress, UnaryOperator<String> digits) {
		ProgressEntry latest = progress.latest();
		List<String> lines = new ArrayList<>();
		if (!progress.result().isBlank()) {
			lines.add(digits.apply(progress.result()));
		}
		if (latest != null && said(latest.evidence())) {
			lines.add("หลักฐาน: " + readable(EVIDENCE_LABEL.matcher(latest.evidence().strip()).replaceFirst("")));
		}
		if (latest != null && said(latest.problems())) {
			// A retrial read "ปัญหาอุปสรรค: ปัญหาอุปสรรค: …" where the cell gave its own label.
			lines.add("ปัญหาอุปสรรค: " + digits.apply(PROBLEMS_LABEL.matcher(latest.problems().strip()).replaceFirst("")));
		}
		return String.join("\n", lines);
	}

	/** A text that says something: not blank, not a dash for none. */
	private static boolean said(String text) {
		return text != null && !text.isBlank() && !text.strip().matches("[-–—]+");
	}

	/**
	 * A link with its Thai letters shown as letters: "%E0%B8%81…" (as a browser copies a link) is some
	 * twelve letters of print a Thai letter (a retrial's link took twelve lines of the brief). Only
	 * letters beyond ASCII are decoded; "%2F", "%20" and the like stay as written, so the link still
	 * leads where it did.
	 */
	static String readable(String link) {
		if (link.indexOf('%') < 0) {
			return link;
		}
		StringBuilder out = new StringBuilder(link.length());
		int i = 0;
		while (i < link.length()) {
			int end = i;
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			while (end < link.length() && link.charAt(end) == '%' && hex(link, end + 1) >= 0x80) {
				bytes.write(hex(link, end + 1));
				end += 3;
			}
			if (end == i) {
				out.append(link.charAt(i));
				i++;
				continue;
			}
			try {
				out.append(StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes.toByteArray())));
			}
			catch (CharacterCodingException ex) {
				out.append(link, i, end);
			}
			i = end;
		}
		return out.toString();
	}

	/** The byte two hexadecimal digits at {@code at} give, or -1. */
	private static int hex(String text, int at) {
		if (at + 1 >= text.length()) {
			return -1;
		}
		int high = Character.digit(text.charAt(at), 16);
		int low = Character.digit(text.charAt(at + 1), 16);
		return high < 0 || low < 0 ? -1 : high * 16 + low;
	}
}
