package th.itabatch.report;

import java.util.Arrays;

/**
 * A template's bytes as a key of what an engine keeps of it, compared by content: a user's edit
 * saved in Excel or Word is another template.
 */
record TemplateBytes(byte[] content, int hash) {

	TemplateBytes(byte[] content) {
		this(content, Arrays.hashCode(content));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TemplateBytes template && hash == template.hash && Arrays.equals(content, template.content);
	}

	@Override
	public int hashCode() {
		return hash;
	}

	@Override
	public String toString() {
		return "TemplateBytes[" + content.length + " bytes, hash " + hash + "]";
	}
}
