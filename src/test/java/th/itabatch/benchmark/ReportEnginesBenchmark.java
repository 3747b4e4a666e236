package th.itabatch.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import th.itabatch.ItaBatchApplication;
import th.itabatch.catalog.Catalog;
import th.itabatch.catalog.TestCatalog;
import th.itabatch.plan.ActionPlan;
import th.itabatch.plan.Activity;
import th.itabatch.report.DocxTemplateEngine;
import th.itabatch.report.MonthlyReport;
import th.itabatch.report.MonthlyReportAssembler;
import th.itabatch.report.ReportProperties;
import th.itabatch.report.ReportTemplateModel;
import th.itabatch.report.TemplateEngine;
import th.itabatch.report.ThaiFormat;
import th.itabatch.report.XlsxTemplateEngine;
import th.itabatch.scores.RoundComparator;
import th.itabatch.scores.ScoreEntry;

/**
 * Fills the shipped unit templates (the Excel report, the Word brief) again and again on one thread
 * for one unit of the department benchmark's shape (ten indicators in two rounds, a plan of fifteen
 * activities), in memory: what each document costs, without the run around it. Prints, per round of
 * fills, the thread's CPU time and the wall time per document; the thread's CPU time is the steadier
 * figure on a shared machine. Not a test: {@code java -Xmx512m -XX:+UseParallelGC -cp … 
 * th.itabatch.benchmark.ReportEnginesBenchmark [fills per round] [rounds]} from the project's folder.
 */
public final class ReportEnginesBenchmark {

	public static void main(String[] args) throws Exception {
		int fills = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
		// The application's start-up settings (the XML factories named once, a parser per thread).
		Class.forName(ItaBatchApplication.class.getName());
		// The application's log levels (root WARN): poi-tl logs every tag it renders at INFO.
		((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		Map<String, Object> model = model();
		byte[] report = Files.readAllBytes(Path.of("templates/monthly-report.xlsx"));
		byte[] brief = Files.readAllBytes(Path.of("templates/monthly-brief.docx"));
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= rounds; round++) {
			Fills excel = measure(new XlsxTemplateEngine(), report, model, fills, threads);
			Fills word = measure(new DocxTemplateEngine(), brief, model, fills, threads);
			System.out.printf("round %d: Excel report %.2f ms CPU (%.2f ms wall), Word brief %.2f ms CPU (%.2f ms wall)%n",
					round, excel.cpuMillis(), excel.wallMillis(), word.cpuMillis(), word.wallMillis());
			if (round == rounds) {
				System.out.printf("documents: Excel report %,d bytes, Word brief %,d bytes%n", excel.last().length,
						word.last().length);
				// -Dbenchmark.out=DIR keeps the last documents, to open or take apart.
				String kept = System.getProperty("benchmark.out");
				if (kept != null) {
					Files.createDirectories(Path.of(kept));
					Files.write(Path.of(kept, "monthly-report.xlsx"), excel.last());
					Files.write(Path.of(kept, "monthly-brief.docx"), word.last());
				}
			}
		}
	}

	/** A round of fills: the thread's CPU time and the wall time per document, and the last document. */
	private record Fills(double cpuMillis, double wallMillis, byte[] last) {
	}

	private static Fills measure(TemplateEngine engine, byte[] template, Map<String, Object> model, int fills,
			ThreadMXBean threads) throws Exception {
		long cpu = threads.getCurrentThreadCpuTime();
		long wall = System.nanoTime();
		ByteArrayOutputStream out = null;
		for (int i = 0; i < fills; i++) {
			out = new ByteArrayOutputStream(64 * 1024);
			try (InputStream in = new ByteArrayInputStream(template)) {
				engine.fill(in, model, out);
			}
		}
		return new Fills((threads.getCurrentThreadCpuTime() - cpu) / 1e6 / fills, (System.nanoTime() - wall) / 1e6 / fills,
				out.toByteArray());
	}

	/** A unit of the department benchmark: ten indicators in FY 2564's two rounds, fifteen activities. */
	private static Map<String, Object> model() {
		Catalog catalog = TestCatalog.shipped();
		List<ScoreEntry> scores = new ArrayList<>();
		for (int round = 1; round <= 2; round++) {
			for (int number = 1; number <= 10; number++) {
				scores.add(new ScoreEntry("กลุ่มงานที่ 1", 2564, round, catalog.indicators().byNumber(number).orElseThrow(),
						new BigDecimal(80 + (number * 7 + round * 3) % 19), 40 + number, null, "คะแนน", "D" + (number + 1), null,
						null));
			}
		}
		List<Activity> activities = new ArrayList<>();
		for (int i = 1; i <= 15; i++) {
			activities.add(new Activity(i, "นโยบายคุณธรรม", "มาตรการที่ " + (1 + i / 4), "ประเด็นความรู้เรื่องการเปิดเผยข้อมูลที่ " + i,
					"จัดกิจกรรมเผยแพร่ความรู้ด้านคุณธรรมและความโปร่งใสแก่บุคลากรของหน่วยงาน ครั้งที่ " + i,
					List.of(YearMonth.of(2021, 1 + i % 9), YearMonth.of(2021, 2 + i % 9)), new BigDecimal(1000 * i), null,
					"กลุ่มอำนวยการ", "แผน", "D" + (5 + i)));
		}
		ActionPlan plan = new ActionPlan("กลุ่มงานที่ 1", 2564, "นโยบายคุณธรรม", YearMonth.of(2020, 10), YearMonth.of(2021, 9),
				activities);
		ReportProperties properties = new ReportProperties(null, true, "ตัวชี้วัดที่ 3.2", RoundComparator.Goal.NEXT_ROUND, 10);
		MonthlyReport report = new MonthlyReportAssembler(catalog, properties).assemble("กลุ่มงานที่ 1", YearMonth.of(2021, 6),
				scores, plan, List.of(), List.of());
		return ReportTemplateModel.of(report, new ThaiFormat(true), LocalDateTime.of(2021, 7, 1, 8, 30));
	}
}
