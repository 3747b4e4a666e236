package th.itabatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the files of the input folder in name order, one item per file, skipping what is not a
 * user's workbook: Office lock files ({@code ~$…}), hidden and temporary files, system files.
 * Restartable: the position is saved after each file, so a restart goes on with the next file.
 */
public class InputFolderReader implements ItemStreamReader<Path> {

	private static final String POSITION = "inputFolder.position";

	private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", "readme.md", "readme.txt");

	private final Path folder;

	private List<Path> files;

	private int position;

	public InputFolderReader(Path folder) {
		this.folder = folder;
	}

	/** True for a file a person would call one of their workbooks or documents in the folder. */
	public static boolean isCandidate(Path file) {
		String name = file.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		return Files.isRegularFile(file) && !name.startsWith(".") && !name.startsWith("~$") && !name.endsWith("~")
				&& !lower.endsWith(".tmp") && !lower.endsWith(".crdownload") && !lower.endsWith(".part")
				&& !SYSTEM_FILES.contains(lower);
	}

	@Override
	public void open(ExecutionContext context) {
		if (!Files.isDirectory(folder)) {
			throw new ItemStreamException("input folder does not exist: " + folder.toAbsolutePath());
		}
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(InputFolderReader::isCandidate).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		position = context.getInt(POSITION, 0);
	}

	@Override
	public Path read() {
		return position < files.size() ? files.get(position++) : null;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(POSITION, position);
	}
}
