package th.itabatch.inbox;

import java.util.List;

/** Told when new inputs have arrived (from the input folder or an upload) and wait to be read. */
public interface ArrivalListener {

	void arrived(List<Long> inputIds);

}
