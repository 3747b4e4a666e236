package th.itabatch.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.util.UUIDConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import th.itabatch.ItaApplicationTest;
import th.itabatch.benchmark.LargeInputs;
import th.itabatch.cli.OneShotRun;

/**
 * A run whose lease another instance took (after a pause or a database outage longer than the
 * lease) stops at its next look at the queue, within a heartbeat, instead of coordinating the
 * units beside the new holder.
 */
@ItaApplicationTest
class LostLeaseTests {

	@Autowired
	private OneShotRun oneShot;

	@Autowired
	private RunCoordinator coordinator;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aRunThatLostItsLeaseStopsBeforeItsEnd(@TempDir Path work) throws Exception {
		Path input = Files.createDirectories(work.resolve("input"));
		LargeInputs.writeScores(input.resolve("scores-300-units.xlsx"), 300);
		CompletableFuture<Object> run = CompletableFuture.supplyAsync(() -> {
			try {
				return oneShot.run(input, work.resolve("output"), Optional.empty());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (coordinator.progress() == null || coordinator.progress().unitsDone() == 0) {
			assertThat(System.nanoTime()).as("the run reaches its units").isLessThan(until);
			Thread.sleep(50);
		}
		// As after a pause longer than the lease: it expired, and another instance took it.
		String row = UUIDConverter.getUUID("ita-run").toString();
		DefaultLockRepository thief = new DefaultLockRepository(dataSource,
				UUID.nameUUIDFromBytes("another instance".getBytes(StandardCharsets.UTF_8)).toString());
		thief.setRegion("ita-batch");
		thief.setTimeToLive(60_000);
		thief.setTransactionManager(transactions);
		thief.afterPropertiesSet();
		thief.afterSingletonsInstantiated();
		try {
			jdbc.sql("DELETE FROM INT_LOCK WHERE REGION = 'ita-batch' AND LOCK_KEY = ?").param(row).update();
			assertThat(thief.acquire(row, Duration.ofMinutes(1))).isTrue();

			assertThatThrownBy(() -> run.get(1, TimeUnit.MINUTES)).isInstanceOf(ExecutionException.class)
				.rootCause()
				.hasMessageContaining("run lease was lost");
			long reported = jdbc.sql("SELECT COUNT(*) FROM ita_report").query(Long.class).single();
			assertThat(reported).as("stopped before the end").isLessThan(300);
		}
		finally {
			// What the instance that took the lease does first: the stopped run's waiting units cleared.
			// This instance's report threads finish the units they hold, then have nothing to take.
			jdbc.sql("DELETE FROM ita_run_unit WHERE state = 'WAITING'").update();
			long drained = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
			while (jdbc.sql("SELECT COUNT(*) FROM ita_run_unit WHERE state = 'TAKEN'").query(Long.class).single() > 0
					&& System.nanoTime() < drained) {
				Thread.sleep(100);
			}
			jdbc.sql("DELETE FROM ita_run_unit").update();
			thief.delete(row);
		}
	}
}
