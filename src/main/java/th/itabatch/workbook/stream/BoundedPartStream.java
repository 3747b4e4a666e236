package th.itabatch.workbook.stream;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import th.itabatch.workbook.LimitExceededException;
import th.itabatch.workbook.WorkbookLimits;

/**
 * A part's inflated bytes, stopped with a {@link LimitExceededException} as soon as the part grows
 * larger, or expands further, than the limits allow. For a part handed to a StAX parser it also stops
 * at a run of more than {@link Exceeded#markupBytes} bytes between two of '<' and '>', so the parser,
 * which has no such limit of its own, never buffers a hostile tag name, attribute or text.
 */
final class BoundedPartStream extends FilterInputStream {

	private final String part;

	private final long compressed;

	private final WorkbookLimits limits;

	private final ReadTotal total;

	private final int markupBytes;

	private long read;

	private int run;

	private LimitExceededException exceeded;

	/**
	 * @param compressed the part's compressed size, or -1 when unknown
	 * @param checkMarkup whether runs of markup and text are bounded too (the sheet scanner bounds its own)
	 */
	BoundedPartStream(InputStream in, String part, long compressed, WorkbookLimits limits, ReadTotal total,
			boolean checkMarkup) {
		super(in);
		this.part = part;
		this.compressed = compressed;
		this.limits = limits;
		this.total = total;
		this.markupBytes = checkMarkup ? Exceeded.markupBytes(limits) : 0;
	}

	/** The limit this stream stopped at, also when a parser reported it wrapped in an exception of its own. */
	LimitExceededException exceeded() {
		return exceeded;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] bytes, int offset, int length) throws IOException {
		if (exceeded != null) {
			throw exceeded;
		}
		int n = super.read(bytes, offset, length);
		if (n > 0) {
			counted(n);
			if (markupBytes > 0) {
				scan(bytes, offset, n);
			}
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		// through read, so that skipped bytes are counted too
		byte[] skipped = new byte[(int) Math.min(n, 8192)];
		int read = read(skipped, 0, skipped.length);
		return Math.max(read, 0);
	}

	private void counted(int n) throws LimitExceededException {
		read += n;
		if (read > limits.maxPartBytes()) {
			fail(Exceeded.partBytes(part, limits));
		}
		if (total.add(n) > limits.maxTotalBytes()) {
			fail(Exceeded.totalBytes(limits));
		}
		if (compressed > 0 && read > limits.ratioCheckedFromBytes() && read / compressed > limits.maxExpansionRatio()) {
			fail(Exceeded.expansion(part, read / compressed, limits));
		}
	}

	private void scan(byte[] bytes, int offset, int n) throws LimitExceededException {
		int run = this.run;
		for (int i = offset, end = offset + n; i < end; i++) {
			byte b = bytes[i];
			if (b == '<' || b == '>') {
				run = 0;
			}
			else if (++run > markupBytes) {
				fail(Exceeded.markup(part, limits));
			}
		}
		this.run = run;
	}

	private void fail(LimitExceededException ex) throws LimitExceededException {
		exceeded = ex;
		throw ex;
	}

	/** The bytes inflated from all of one workbook's parts so far, held to {@code maxTotalBytes}. */
	static final class ReadTotal {

		private long bytes;

		long add(int n) {
			bytes += n;
			return bytes;
		}
	}
}
