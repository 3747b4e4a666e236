package th.itabatch.ingest.internal;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import th.itabatch.inputs.InputRepository;
import th.itabatch.tables.Table;
import th.itabatch.tables.TableKinds;
import th.itabatch.tables.WorkbookContent;

/**
 * Stores what each input holds: its status and messages always; its tables only when it has no
 * errors ("a workbook with errors is not used"). Rewriting an input replaces what an earlier
 * attempt stored. What is stored counts for reports once the input is accepted.
 */
public class IngestedWorkbookWriter implements ItemWriter<IngestedWorkbook> {

	private final long jobInstanceId;

	private final InputRepository inputs;

	private final TableKinds kinds;

	public IngestedWorkbookWriter(long jobInstanceId, InputRepository inputs, TableKinds kinds) {
		this.jobInstanceId = jobInstanceId;
		this.inputs = inputs;
		this.kinds = kinds;
	}

	@Override
	public void write(Chunk<? extends IngestedWorkbook> chunk) {
		for (IngestedWorkbook workbook : chunk) {
			long inputId = workbook.input().id();
			WorkbookContent content = workbook.content();
			kinds.forget(inputId);
			inputs.recordRead(inputId, jobInstanceId, content.kinds(), content.messages());
			if (content.hasErrors()) {
				continue;
			}
			for (Table<?> table : content.tables()) {
				table.store(inputId);
			}
		}
	}
}
