package th.itabatch.ingest.internal;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import th.itabatch.inputs.InputRepository;
import th.itabatch.tables.Table;
import th.itabatch.tables.TableKinds;
import th.itabatch.tables.WorkbookContent;
import th.itabatch.validation.Message;
import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.validation.PlainReason;

/**
 * Stores what each input holds: its status and messages always; its tables only when it has no
 * errors ("a workbook with errors is not used"). Rewriting an input replaces what an earlier
 * attempt stored. What is stored counts for reports once the input is accepted. Each input is
 * stored under a savepoint of its own: when storing it fails, what it had stored is rolled back and
 * it is rejected with a message, and the run goes on.
 */
public class IngestedWorkbookWriter implements ItemWriter<IngestedWorkbook> {

	private final long jobInstanceId;

	private final InputRepository inputs;

	private final TableKinds kinds;

	private final TransactionTemplate savepoint;

	public IngestedWorkbookWriter(long jobInstanceId, InputRepository inputs, TableKinds kinds,
			PlatformTransactionManager transactionManager) {
		this.jobInstanceId = jobInstanceId;
		this.inputs = inputs;
		this.kinds = kinds;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	public void write(Chunk<? extends IngestedWorkbook> chunk) {
		for (IngestedWorkbook workbook : chunk) {
			long inputId = workbook.input().id();
			WorkbookContent content = workbook.content();
			try {
				savepoint.executeWithoutResult(status -> store(inputId, content));
			}
			catch (RuntimeException ex) {
				MessageLog log = new MessageLog(content.fileName());
				log.file(MessageCode.FILE_NOT_STORED, PlainReason.of(ex));
				List<Message> all = Stream.concat(content.messages().stream(), log.messages().stream()).toList();
				try {
					savepoint.executeWithoutResult(status -> inputs.recordRead(inputId, jobInstanceId, List.of(), all));
				}
				catch (RuntimeException again) {
					// The messages themselves could not be stored: the one that says why is enough.
					inputs.recordRead(inputId, jobInstanceId, List.of(), log.messages());
				}
			}
		}
	}

	private void store(long inputId, WorkbookContent content) {
		kinds.forget(inputId);
		inputs.recordRead(inputId, jobInstanceId, content.kinds(), content.messages());
		if (content.hasErrors()) {
			return;
		}
		for (Table<?> table : content.tables()) {
			table.store(inputId);
		}
	}
}
