package th.itabatch.ingest.internal;

import org.springframework.stereotype.Component;

import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.tables.TableKinds;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.validation.PlainReason;

/**
 * Settles where a read input stands: accepted, its data counts for reports from now on; rejected,
 * what it held is forgotten and only its messages stay.
 */
@Component
public class InputAcceptance {

	private final InputRepository inputs;

	private final TableKinds kinds;

	InputAcceptance(InputRepository inputs, TableKinds kinds) {
		this.inputs = inputs;
		this.kinds = kinds;
	}

	public void accept(long inputId) {
		accept(inputs.find(inputId).orElseThrow());
	}

	/** Accepts the input, adding to its messages what its data replaces of what counted until now. */
	public void accept(StoredInput input) {
		MessageLog log = new MessageLog(input.fileName());
		kinds.accept(input.id(), log);
		if (!log.messages().isEmpty()) {
			inputs.addMessages(input.id(), log.messages());
		}
		inputs.setStatus(input.id(), InputStatus.USED);
	}

	public void reject(long inputId) {
		kinds.forget(inputId);
		inputs.setStatus(inputId, InputStatus.REJECTED);
	}

	/** Rejects an input that something failed on, saying why in plain words. */
	public void reject(long inputId, String fileName, Throwable failure) {
		MessageLog log = new MessageLog(fileName);
		log.file(MessageCode.FILE_UNREADABLE, PlainReason.of(failure));
		inputs.addMessages(inputId, log.messages());
		reject(inputId);
	}
}
