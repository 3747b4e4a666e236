package th.itabatch.pdf;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Stops the LibreOffice conversions a killed process left running and removes the folders they and
 * others left: after a {@code kill -9}, LibreOffice went on converting for a minute beside the
 * restarted service, and its folder of some megabytes stayed in the temporary folder for good (a
 * trial). A conversion is a process whose command names one of the folders; it is left alone while
 * a Java process (this service, or another instance on the same machine) is among its ancestors.
 * A folder no conversion names is removed once it is older than {@link #SETTLED}: one that another
 * instance has just made has its conversion started within moments.
 */
final class LeftConversions {

	private static final Logger log = LoggerFactory.getLogger(LeftConversions.class);

	/** The age after which a folder no conversion names is a left one. */
	static final Duration SETTLED = Duration.ofMinutes(1);

	private final Path folder;

	private final String prefix;

	/**
	 * @param folder where the conversions' folders are made (the temporary folder)
	 * @param prefix how their names begin
	 */
	LeftConversions(Path folder, String prefix) {
		this.folder = folder;
		this.prefix = prefix;
	}

	/**
	 * What a sweep did.
	 *
	 * @param stopped conversions stopped
	 * @param removed folders removed
	 */
	record Swept(int stopped, int removed) {
	}

	/** Stops the orphaned conversions and removes the left folders. */
	Swept sweep() {
		String marker = folder.toAbsolutePath().resolve(prefix).toUri().toString();
		List<ProcessHandle> conversions = ProcessHandle.allProcesses()
			.filter(p -> p.info().commandLine().filter(line -> line.contains(marker)).isPresent())
			.toList();
		int stopped = 0;
		List<String> inUse = new ArrayList<>();
		List<String> stoppedLines = new ArrayList<>();
		for (ProcessHandle conversion : conversions) {
			if (underJava(conversion)) {
				inUse.add(conversion.info().commandLine().orElse(""));
				continue;
			}
			// What it started too ("soffice" starts soffice.bin); its folder is removed once it has gone,
			// however new (the restart that stops it comes seconds after the kill: a trial found it kept).
			stoppedLines.add(conversion.info().commandLine().orElse(""));
			conversion.descendants().forEach(ProcessHandle::destroyForcibly);
			if (conversion.destroyForcibly()) {
				stopped++;
			}
			try {
				conversion.onExit().get(5, TimeUnit.SECONDS);
			}
			catch (ExecutionException | TimeoutException ex) {
				log.warn("PDF: a left conversion (process {}) did not stop at once", conversion.pid());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new Swept(stopped, 0);
			}
		}
		int removed = 0;
		Instant settled = Instant.now().minus(SETTLED);
		try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, prefix + "*")) {
			for (Path work : left) {
				String named = work.toAbsolutePath().toUri().toString();
				if (Files.isDirectory(work) && inUse.stream().noneMatch(line -> line.contains(named))
						&& (stoppedLines.stream().anyMatch(line -> line.contains(named))
								|| Files.getLastModifiedTime(work).toInstant().isBefore(settled))) {
					FileSystemUtils.deleteRecursively(work);
					removed++;
				}
			}
		}
		catch (IOException ex) {
			log.warn("PDF: could not look for conversions' folders left in {}: {}", folder, ex.getMessage());
		}
		if (stopped + removed > 0) {
			log.info("PDF: {} conversion(s) a stopped process left running stopped, {} folder(s) they left removed", stopped,
					removed);
		}
		return new Swept(stopped, removed);
	}

	/** Whether a Java process started it, or what started it: a live conversion's. */
	private static boolean underJava(ProcessHandle process) {
		for (Optional<ProcessHandle> up = process.parent(); up.isPresent(); up = up.get().parent()) {
			if (up.get().pid() <= 1) {
				return false;
			}
			if (up.get().info().command().filter(command -> Path.of(command).getFileName().toString().equals("java")).isPresent()) {
				return true;
			}
		}
		return false;
	}
}
