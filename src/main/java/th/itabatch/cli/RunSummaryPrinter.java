package th.itabatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import th.itabatch.ingest.InputStatus;
import th.itabatch.ingest.StoredInput;
import th.itabatch.monthly.RunSummary;
import th.itabatch.report.ReportRepository.StoredReport;
import th.itabatch.thai.ThaiCalendar;
import th.itabatch.validation.Message;

/** Prints what a run did, in Thai and English: month, inputs, every located message, files written. */
public final class RunSummaryPrinter {

	private RunSummaryPrinter() {
	}

	public static void print(RunSummary summary, PrintStream out) {
		if (summary.month() != null) {
			out.println("เดือนที่รายงาน / report month: " + ThaiCalendar.monthYear(summary.month()) + " (" + summary.month()
					+ ")" + (summary.monthChosen() ? " — เลือกจากข้อมูลนำเข้า / chosen from the inputs" : ""));
		}
		out.println("ไฟล์นำเข้า / inputs: " + summary.inputs().size());
		for (StoredInput input : summary.inputs()) {
			out.println("  " + label(input.status()) + "  " + input.fileName());
			if (input.validationReport() != null) {
				out.println("      ผลการตรวจสอบ / validation report: " + display(input.validationReport()));
			}
			if (input.annotatedCopy() != null) {
				out.println("      สำเนาที่ทำเครื่องหมาย / annotated copy: " + display(input.annotatedCopy()));
			}
		}
		List<Message> messages = summary.messages().values().stream().flatMap(List::stream).toList();
		if (!messages.isEmpty()) {
			out.println("ข้อความ / messages: " + messages.size());
			for (Message message : messages) {
				out.println("  " + message.severity().name() + " " + message);
			}
		}
		out.println("รายงาน / reports: " + summary.reports().size());
		for (StoredReport report : summary.reports()) {
			out.println("  " + display(report.file()));
		}
		for (String failure : summary.failures()) {
			out.println("ล้มเหลว / failed: " + failure);
		}
	}

	private static String label(InputStatus status) {
		return switch (status) {
			case USED -> "ใช้แล้ว / used      ";
			case REJECTED -> "ไม่ผ่าน / rejected ";
			case PARSED -> "อ่านแล้ว / read     ";
		};
	}

	/** A path relative to the working folder when it lies inside it, as the user typed their folders. */
	static String display(String file) {
		Path path = Path.of(file);
		Path here = Path.of("").toAbsolutePath();
		return path.startsWith(here) ? here.relativize(path).toString() : file;
	}
}
