package th.itabatch.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A three-respondent export whose scores are worked out by hand in the tests: columns ประทับเวลา,
 * หน่วยงาน, then I1…I10, I11.1, I11.2, I12…I30 (C … AG).
 */
public final class SmallSurvey {

	/** Respondent 1: "มากที่สุด" throughout, no bribery (ไม่มี), I26 มี. */
	public static final Function<String, String> ALL_HIGHEST = item -> switch (item) {
		case "I4", "I5", "I6" -> "ไม่มี";
		case "I26" -> "มี";
		default -> "มากที่สุด";
	};

	/** Respondent 2: "น้อย" throughout, written as people do; bribery มี, I26 ไม่มี. */
	public static final Function<String, String> ALL_LOW = item -> switch (item) {
		case "I4", "I5", "I6" -> "มี";
		case "I26" -> "ไม่มี";
		case "I1" -> "2. น้อย";
		case "I2" -> "๒. น้อย";
		case "I3" -> "น้อย  ";
		case "I7" -> " น้อย";
		default -> "น้อย";
	};

	/** Respondent 3: only I1 answered, "มาก". */
	public static final Function<String, String> ONLY_I1 = item -> item.equals("I1") ? "มาก" : null;

	private SmallSurvey() {
	}

	public static List<String> items() {
		List<String> items = new ArrayList<>();
		for (int q = 1; q <= 30; q++) {
			if (q == 11) {
				items.add("I11.1");
				items.add("I11.2");
			}
			else {
				items.add("I" + q);
			}
		}
		return items;
	}

	/** Writes the respondents given, one row each, answered on 14 June 2021 five minutes apart. */
	@SafeVarargs
	public static XSSFWorkbook workbook(Function<String, String>... respondents) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		XSSFSheet sheet = workbook.createSheet("การตอบแบบฟอร์ม 1");
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy h:mm:ss"));
		Row header = sheet.createRow(0);
		header.createCell(0).setCellValue("ประทับเวลา");
		header.createCell(1).setCellValue("หน่วยงาน");
		List<String> items = items();
		for (int i = 0; i < items.size(); i++) {
			header.createCell(2 + i).setCellValue(items.get(i) + " ข้อคำถาม");
		}
		for (int r = 0; r < respondents.length; r++) {
			Row row = sheet.createRow(r + 1);
			row.createCell(0).setCellValue(LocalDateTime.of(2021, 6, 14, 8, 0).plusMinutes(5L * r));
			row.getCell(0).setCellStyle(date);
			row.createCell(1).setCellValue("กองคลัง");
			for (int i = 0; i < items.size(); i++) {
				String answer = respondents[r].apply(items.get(i));
				if (answer != null) {
					row.createCell(2 + i).setCellValue(answer);
				}
			}
		}
		return workbook;
	}

	/**
	 * The same respondents as Google Forms downloads them (UTF-8 without a byte-order mark, every value
	 * quoted, times as text "2021/06/14 8:00:00 AM GMT+7"), each question's text with a comma, a quote
	 * and a line break in it, as forms' questions have.
	 */
	@SafeVarargs
	public static String csv(Function<String, String>... respondents) {
		StringBuilder csv = new StringBuilder("\"ประทับเวลา\",\"หน่วยงาน\"");
		List<String> items = items();
		for (String item : items) {
			csv.append(",\"").append(item).append(" ข้อคำถาม, \"\"ตามที่รับรู้\"\"\nโปรดตอบ\"");
		}
		csv.append("\r\n");
		for (int r = 0; r < respondents.length; r++) {
			csv.append("\"2021/06/14 8:").append(String.format("%02d", 5 * r)).append(":00 AM GMT+7\",\"กองคลัง\"");
			for (String item : items) {
				String answer = respondents[r].apply(item);
				csv.append(",\"").append(answer == null ? "" : answer).append('"');
			}
			csv.append("\r\n");
		}
		return csv.toString();
	}

	@SafeVarargs
	public static void write(Path file, Function<String, String>... respondents) throws IOException {
		ExampleWorkbooks.write(workbook(respondents), file);
	}
}
