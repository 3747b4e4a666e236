package th.itabatch.report;

import java.util.zip.Deflater;

/** What zlib makes of some bytes at a level: raw deflate, as a zip entry holds it. */
public final class Deflated {

	private Deflated() {
	}

	/** The size of {@code content} deflated at {@code level}. */
	public static long size(byte[] content, int level) {
		Deflater deflater = new Deflater(level, true);
		try {
			deflater.setInput(content);
			deflater.finish();
			byte[] buffer = new byte[64 * 1024];
			long size = 0;
			while (!deflater.finished()) {
				size += deflater.deflate(buffer);
			}
			return size;
		}
		finally {
			deflater.end();
		}
	}
}
