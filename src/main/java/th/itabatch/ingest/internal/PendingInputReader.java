package th.itabatch.ingest.internal;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import th.itabatch.inputs.InputRepository;
import th.itabatch.inputs.StoredInput;

/**
 * Reads the inputs waiting to be read, up to the last one that had arrived when the run started,
 * oldest first. Restartable: an input already read is no longer pending, so a restart goes on with
 * the next one.
 */
public class PendingInputReader implements ItemStreamReader<StoredInput> {

	private final InputRepository inputs;

	private final long upToId;

	private List<StoredInput> pending;

	private int position;

	public PendingInputReader(InputRepository inputs, long upToId) {
		this.inputs = inputs;
		this.upToId = upToId;
	}

	@Override
	public void open(ExecutionContext context) {
		pending = inputs.pending(upToId);
		position = 0;
	}

	@Override
	public StoredInput read() {
		return position < pending.size() ? pending.get(position++) : null;
	}
}
