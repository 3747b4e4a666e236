package th.itabatch.settings;

import java.beans.PropertyEditorSupport;
import java.net.URI;
import java.nio.file.Path;

/**
 * Reads a configured folder as the path it is written as, relative to the working folder (or a
 * {@code file:} address).
 * <p>
 * Spring's own editor for paths looks a relative one up among the application's resources first, and
 * in the service those are the servlet container's, which refuse a path that climbs above them:
 * "--ita.input-dir=../input" stopped the service from starting ("normalized to [null]") where the
 * one-shot command, with no servlet container, took it (a trial).
 */
final class FolderPathEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		String path = text == null ? "" : text.strip();
		setValue(path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path));
	}

	@Override
	public String getAsText() {
		return getValue() == null ? "" : getValue().toString();
	}
}
