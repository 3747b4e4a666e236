package th.itabatch.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trial killed the service ({@code kill -9}) while LibreOffice converted its documents: LibreOffice
 * went on for a minute beside the restarted service and its folder stayed in /tmp for good. At the
 * next start the orphaned conversion is stopped and left folders removed; a live conversion (under a
 * Java process: this one's, or another instance's) and a folder just made are left alone.
 */
class LeftConversionsTests {

	@TempDir
	Path tmp;

	@Test
	void anOrphanedConversionIsStoppedAndTheFoldersLeftRemoved() throws Exception {
		// Seconds old, as at a restart right after the kill: named by the conversion stopped, it goes too.
		Path orphaned = Files.createDirectories(tmp.resolve("ita-pdf-orphaned"));
		Path live = old(Files.createDirectories(tmp.resolve("ita-pdf-live")));
		Path left = old(Files.createDirectories(tmp.resolve("ita-pdf-left")));
		Path fresh = Files.createDirectories(tmp.resolve("ita-pdf-fresh"));
		Path other = old(Files.createDirectories(tmp.resolve("someone-elses")));
		// A conversion whose starter is gone (a shell that exits at once, as a killed service's
		// LibreOffice is left), and one this Java process started.
		String orphanedArgument = "-env:UserInstallation=" + orphaned.resolve("profile").toUri();
		// (A shell that waits for its sleep, its own command line naming the folder as LibreOffice's does.)
		new ProcessBuilder("bash", "-c", "exec -a soffice.bin bash -c 'sleep 120; true' \"$0\" &", orphanedArgument).start()
			.waitFor(10, TimeUnit.SECONDS);
		Process liveConversion = new ProcessBuilder("bash", "-c", "sleep 120; true",
				"-env:UserInstallation=" + live.resolve("profile").toUri()).start();
		try {
			ProcessHandle orphan = waitForProcessNaming(orphanedArgument);

			LeftConversions.Swept swept = new LeftConversions(tmp, "ita-pdf-").sweep();

			assertThat(orphan.onExit().get(10, TimeUnit.SECONDS).isAlive()).as("the orphaned conversion").isFalse();
			assertThat(liveConversion.isAlive()).as("a conversion under a Java process").isTrue();
			assertThat(orphaned).doesNotExist();
			assertThat(left).doesNotExist();
			assertThat(live).as("named by a live conversion").isDirectory();
			assertThat(fresh).as("just made: its conversion about to start").isDirectory();
			assertThat(other).as("not a conversion's").isDirectory();
			assertThat(swept).isEqualTo(new LeftConversions.Swept(1, 2));
		}
		finally {
			liveConversion.descendants().forEach(ProcessHandle::destroyForcibly);
			liveConversion.destroyForcibly();
			ProcessHandle.allProcesses()
				.filter(p -> p.info().commandLine().filter(line -> line.contains(orphanedArgument)).isPresent())
				.forEach(ProcessHandle::destroyForcibly);
		}
	}

	private static Path old(Path folder) throws Exception {
		Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
		return folder;
	}

	private static ProcessHandle waitForProcessNaming(String argument) throws InterruptedException {
		for (int tries = 0; tries < 100; tries++) {
			List<ProcessHandle> found = ProcessHandle.allProcesses()
				.filter(p -> p.info().commandLine().filter(line -> line.contains(argument)).isPresent())
				.toList();
			if (!found.isEmpty()) {
				return found.get(0);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no process names " + argument);
	}
}
