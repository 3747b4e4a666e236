package th.itabatch.benchmark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import th.itabatch.report.Deflated;

/**
 * What deflating a document's parts costs at zlib's default level, at its fastest and stored, and
 * what each level makes of them, the XML parts and the pictures apart: every part of each document given, deflated again and again on one thread.
 * The documents are those {@link ReportEnginesBenchmark} keeps with {@code -Dbenchmark.out=DIR}. Not
 * a test: {@code java -cp … th.itabatch.benchmark.DeflateLevelsBenchmark DIR/monthly-report.xlsx
 * DIR/monthly-brief.docx}.
 */
public final class DeflateLevelsBenchmark {

	private static final int TIMES = 300;

	public static void main(String[] args) throws Exception {
		for (String document : args) {
			List<byte[]> xml = new ArrayList<>();
			List<byte[]> pictures = new ArrayList<>();
			try (InputStream file = Files.newInputStream(Path.of(document)); ZipInputStream zip = new ZipInputStream(file)) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					(entry.getName().endsWith(".png") ? pictures : xml).add(zip.readAllBytes());
				}
			}
			// Each level twice, the first round a warm-up.
			for (int round = 0; round < 2; round++) {
				for (int level : new int[] { Deflater.DEFAULT_COMPRESSION, Deflater.BEST_SPEED, Deflater.NO_COMPRESSION }) {
					System.out.printf("%s, level %s: XML parts %s, pictures %s%n", Path.of(document).getFileName(),
							level == Deflater.DEFAULT_COMPRESSION ? "default" : level, measure(xml, level), measure(pictures, level));
				}
			}
		}
	}

	private static String measure(List<byte[]> parts, int level) {
		long start = System.nanoTime();
		long size = 0;
		for (int i = 0; i < TIMES; i++) {
			size = 0;
			for (byte[] part : parts) {
				size += Deflated.size(part, level);
			}
		}
		return String.format("%.3f ms, %,d bytes", (System.nanoTime() - start) / 1e6 / TIMES, size);
	}
}
