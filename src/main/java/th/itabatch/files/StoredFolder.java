package th.itabatch.files;

import java.nio.file.Path;

/**
 * A configured folder that the paths stored in the database are relative to, so the folder can be
 * moved or mounted elsewhere (another machine of a cluster) and what was stored still resolves. A
 * path outside the folder (a one-shot run's own output folder) and a path stored absolute by an
 * earlier release are kept as they are.
 *
 * @param base the folder, absolute
 */
public record StoredFolder(Path base) {

	public StoredFolder {
		base = base.toAbsolutePath().normalize();
	}

	/** The path as the database keeps it: relative to the folder when inside it. */
	public String store(String path) {
		if (path == null || path.isEmpty()) {
			return path;
		}
		Path absolute = Path.of(path).toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
	}

	/** The path as stored, back to where it is now (an absolute path stays as it is). */
	public String resolve(String stored) {
		if (stored == null || stored.isEmpty()) {
			return stored;
		}
		return base.resolve(stored).toString();
	}
}
