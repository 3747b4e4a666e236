package th.itabatch.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Survey exports as online forms write them: a timestamp, the respondent's unit, the IIT questions
 * I1–I30 (I11 in two sub-items) answered with the scale's labels, a free-text suggestion and an
 * e-mail: 35 columns. Written with a shared-strings table (as Excel, Google Sheets and LibreOffice
 * save) or with inline strings (as some exporters write).
 */
public final class SurveyExports {

	public static final String[] SCALE = { "น้อยที่สุดหรือไม่มีเลย", "น้อย", "มาก", "มากที่สุด" };

	public static final String[] YES_NO = { "มี", "ไม่มี" };

	private SurveyExports() {
	}

	/** The question headers: "I1 …" to "I30 …", with I11.1 and I11.2. */
	public static List<String> questionHeaders() {
		List<String> headers = new ArrayList<>();
		for (int q = 1; q <= 30; q++) {
			if (q == 11) {
				headers.add("I11.1 ท่านรู้ว่าหน่วยงานใช้งบประมาณอย่างไร");
				headers.add("I11.2 ท่านเห็นการใช้งบประมาณที่ไม่คุ้มค่า");
			}
			else {
				headers.add("I" + q + " ข้อคำถามที่ " + q);
			}
		}
		return headers;
	}

	public static boolean isYesNo(int question) {
		return question >= 4 && question <= 6 || question == 26;
	}

	/**
	 * Writes an export of {@code rows} respondents with answers drawn from a seeded random source, so
	 * the same arguments give the same file.
	 */
	public static void write(Path file, int rows, boolean sharedStrings, long seed) throws IOException {
		write(file, rows, sharedStrings, seed, -1);
	}

	/** The same, with an answer that is no label ("ไม่แน่ใจ") in question I3 of one data row (1-based), if given. */
	public static void write(Path file, int rows, boolean sharedStrings, long seed, int badRow) throws IOException {
		List<String> headers = new ArrayList<>();
		headers.add("ประทับเวลา");
		headers.add("หน่วยงาน");
		headers.addAll(questionHeaders());
		headers.add("ข้อเสนอแนะ");
		headers.add("อีเมล");
		SplittableRandom random = new SplittableRandom(seed);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, sharedStrings)) {
			Sheet sheet = workbook.createSheet("การตอบแบบฟอร์ม 1");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy h:mm:ss"));
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			LocalDateTime start = LocalDateTime.of(2021, 6, 14, 8, 0);
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(start.plusSeconds(r * 7L));
				row.getCell(0).setCellStyle(date);
				row.createCell(1).setCellValue(r % 10 == 0 ? "กองการเจ้าหน้าที่" : "กองคลัง");
				int c = 2;
				for (int q = 1; q <= 30; q++) {
					int items = q == 11 ? 2 : 1;
					for (int i = 0; i < items; i++) {
						if (random.nextInt(50) == 0) {
							c++; // left blank now and then
							continue;
						}
						String answer = isYesNo(q) ? YES_NO[random.nextInt(8) == 0 ? 0 : 1]
								: SCALE[Math.min(3, 1 + random.nextInt(4))];
						row.createCell(c++).setCellValue(answer);
					}
				}
				if (r == badRow) {
					row.createCell(4).setCellValue("ไม่แน่ใจ");
				}
				if (random.nextInt(5) == 0) {
					row.createCell(c).setCellValue("ควรสื่อสารเรื่องการใช้ทรัพย์สินของราชการให้มากขึ้น " + r);
				}
				row.createCell(c + 1).setCellValue("staff" + r + "@example.go.th");
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}
}
