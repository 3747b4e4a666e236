package th.itabatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The zip stream a filled document's package is saved into: pictures stored as they are, the XML
 * parts deflated at zlib's fastest level. POI saves into a {@link ZipArchiveOutputStream} it is given
 * instead of making its own at zlib's default level, which deflated the brief's chart a second time.
 * Measured on the shipped templates' documents (a unit of ten indicators in two rounds, fifteen
 * activities; {@code DeflateLevelsBenchmark}): the brief's parts take 0.3 ms instead of 3.0 ms (its
 * chart, a PNG deflated already, 1.8–2.2 ms of them for a tenth of its size), the Excel report's
 * 0.9 ms instead of 1.3 ms; the brief is some 10 KB larger, the report 3 KB.
 */
final class PackageZipStream extends ZipArchiveOutputStream {

	/** Parts that are compressed already, by their name's extension. */
	private static final Set<String> COMPRESSED = Set.of("png", "jpg", "jpeg", "gif");

	PackageZipStream(OutputStream out) {
		super(out);
	}

	@Override
	public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
		setLevel(compressed(entry.getName()) ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
		super.putArchiveEntry(entry);
	}

	/** Whether a part of this name is compressed already (a picture). */
	static boolean compressed(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return COMPRESSED.contains(lower.substring(lower.lastIndexOf('.') + 1));
	}
}
