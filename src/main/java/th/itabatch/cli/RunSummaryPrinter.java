package th.itabatch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import th.itabatch.inputs.InputStatus;
import th.itabatch.inputs.StoredInput;
import th.itabatch.pdf.PdfCopies;
import th.itabatch.runs.RunOutcome;
import th.itabatch.runs.DepartmentRun;
import th.itabatch.runs.UnitRun;
import th.itabatch.thai.ThaiCalendar;
import th.itabatch.validation.Message;

/** Prints what a run did, in Thai and English: month, inputs, every located message, files written. */
final class RunSummaryPrinter {

	private RunSummaryPrinter() {
	}

	/** Rejected by an earlier run, read again by this one and rejected again. */
	private static boolean stillRefused(RunSummary summary, StoredInput input) {
		return summary.refusedBefore().contains(input.id()) && input.status() == InputStatus.REJECTED;
	}

	public static void print(RunSummary summary, PrintStream out) {
		out.println("ไฟล์นำเข้า / inputs: " + (summary.inputs().size() + summary.sameContent().size()));
		for (StoredInput input : summary.inputs()) {
			out.println("  " + label(input.status()) + "  " + input.fileName() + (summary.receivedBefore().contains(input.id())
					? "  (ได้รับในการประมวลผลครั้งก่อน ไม่อ่านซ้ำ / received by an earlier run, not read again)"
					: summary.refusedBefore().contains(input.id())
							? "  (ปฏิเสธในการประมวลผลครั้งก่อน ตรวจอีกครั้ง / rejected by an earlier run, checked again)" : ""));
			int told = summary.messages().getOrDefault(input.id(), List.of()).size();
			if (told > 0 && summary.receivedBefore().contains(input.id())) {
				out.println("      ข้อความ " + told + " รายการ แสดงไว้เมื่อได้รับไฟล์นี้ และในหน้า ไฟล์นำเข้า ของเว็บ / " + told
						+ " message(s), shown when this file was received, and on the web's inputs page");
			}
			else if (told > 0 && stillRefused(summary, input)) {
				out.println("      ข้อความ " + told + " รายการ อยู่ในผลการตรวจสอบด้านล่าง และในหน้า ไฟล์นำเข้า ของเว็บ / " + told
						+ " message(s), in its validation report below, and on the web's inputs page");
			}
			if (input.validationReport() != null) {
				out.println("      ผลการตรวจสอบ / validation report: " + display(input.validationReport()));
			}
			if (input.annotatedCopy() != null) {
				out.println("      สำเนาที่ทำเครื่องหมาย / annotated copy: " + display(input.annotatedCopy()));
			}
		}
		summary.ignored()
			.forEach((name, why) -> out.println("  ข้ามไฟล์ / ignored   " + name + " — " + why));
		summary.sameContent()
			.forEach((name, first) -> out.println("  เนื้อหาเดียวกับ / same content as   " + name + " — " + first
					+ " (ได้รับแล้ว ไม่อ่านซ้ำ / received already, not read again)"));
		// An earlier run's file said its messages then, and its validation report keeps them: printed
		// again on every run they buried the new ones (a trial's refused export, left in the folder
		// beside its corrected copy, repeated its thirty lines each month).
		// So are a kept file's that an earlier run refused and this one refused again (a holdout trial's old
		// errors printed at every run): its validation report, written again, holds them.
		java.util.Set<Long> stillRefused = summary.inputs().stream().filter(i -> stillRefused(summary, i))
			.map(StoredInput::id).collect(java.util.stream.Collectors.toSet());
		List<Message> messages = summary.messages().entrySet().stream()
			.filter(e -> !summary.receivedBefore().contains(e.getKey()) && !stillRefused.contains(e.getKey()))
			.flatMap(e -> e.getValue().stream())
			.toList();
		if (!messages.isEmpty()) {
			out.println("ข้อความ / messages: " + messages.size());
			for (Message message : messages) {
				out.println("  " + message.severity().name() + " " + message);
			}
		}
		RunOutcome outcome = summary.outcome();
		if (outcome.ingestFailure() != null) {
			out.println("ล้มเหลว / failed: " + outcome.ingestFailure());
		}
		out.println("รายงาน / reports: " + outcome.units().size());
		if (outcome.units().stream().anyMatch(UnitRun::monthChosen)) {
			// Says what set the month, not only that it was chosen: one progress row moved a trial's month.
			out.println("  (เดือนที่เลือกจากข้อมูล: เดือนก่อนเดือนปัจจุบัน หรือถ้าข้อมูลล่าสุดเป็นของปีงบประมาณก่อน"
					+ " เดือนล่าสุดที่ผลการดำเนินงานของปีนั้นครอบคลุม มิฉะนั้นเดือนสิ้นรอบที่มีผลคะแนนล่าสุด ระบุ --month เพื่อเลือกเอง"
					+ " / the month chosen from the data: the previous month, or, when the newest data are of an earlier"
					+ " fiscal year, the latest month that year's progress covers, else the end of its latest scored round;"
					+ " give --month to choose)");
		}
		for (UnitRun unit : outcome.units()) {
			String month = unit.month() == null ? "-"
					: ThaiCalendar.monthYear(unit.month()) + " (" + unit.month() + ")"
							+ (unit.monthChosen() ? ", เลือกจากข้อมูลนำเข้า / chosen from the inputs" : "");
			out.println("  " + unit.unit() + " — เดือนที่รายงาน / report month: " + month);
			if (unit.report() != null) {
				for (String file : summary.documentsOf(unit.report())) {
					out.println("    " + display(file) + (unit.alreadyDone() ? "  (ไม่มีข้อมูลใหม่ / no new data since it was made)" : ""));
					printPdf(file, out);
				}
			}
			if (unit.failure() != null) {
				out.println("    ล้มเหลว / failed: " + unit.failure());
			}
		}
		if (!outcome.departments().isEmpty()) {
			out.println("รายงานหน่วยงานในสังกัด / department reports: " + outcome.departments().size());
		}
		for (DepartmentRun department : outcome.departments()) {
			out.println("  " + department.name() + " — เดือนที่รายงาน / report month: "
					+ ThaiCalendar.monthYear(department.month()) + " (" + department.month() + ")");
			for (String file : department.files()) {
				out.println("    " + display(file) + (department.alreadyDone() ? "  (ไม่มีข้อมูลใหม่ / no new data since it was made)" : ""));
				printPdf(file, out);
			}
			if (department.failure() != null) {
				out.println("    ล้มเหลว / failed: " + department.failure());
			}
		}
	}

	/** The document's PDF copy under it, where one was written (a trial: twenty PDFs written, none listed). */
	private static void printPdf(String file, PrintStream out) {
		Path pdf = PdfCopies.pdfOf(Path.of(file));
		if (Files.isRegularFile(pdf)) {
			out.println("    " + display(pdf.toString()));
		}
	}

	private static String label(InputStatus status) {
		return switch (status) {
			case USED -> "ใช้แล้ว / used      ";
			case REJECTED -> "ไม่ผ่าน / rejected ";
			case PARSED -> "อ่านแล้ว / read     ";
			case PENDING -> "รออ่าน / waiting   ";
		};
	}

	/** A path relative to the working folder when it lies inside it, as the user typed their folders. */
	static String display(String file) {
		Path path = Path.of(file);
		Path here = Path.of("").toAbsolutePath();
		return path.startsWith(here) ? here.relativize(path).toString() : file;
	}
}
