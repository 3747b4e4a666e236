package th.itabatch.validation;

import java.io.IOException;

/**
 * A failure whose message is written for the people who read it, located and in Thai and English:
 * told whole, as {@link PlainReason} tells it, not cut to a library's first line.
 */
public class StatedFailure extends IOException {

	private static final long serialVersionUID = 1L;

	public StatedFailure(String message) {
		super(message);
	}
}
