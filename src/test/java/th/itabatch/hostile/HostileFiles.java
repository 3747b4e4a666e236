package th.itabatch.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.itabatch.examples.ExampleWorkbooks;
import th.itabatch.examples.SheetBuilder;

/**
 * A corpus of hostile, damaged, disguised and unusual input files, built in code: what an attacker
 * would drop into the input folder, and what real writers and real people produce that a careless
 * reader trips on. Each file is written with what the run must make of it.
 */
final class HostileFiles {

	/** What a run must make of a file. */
	enum Outcome {

		/** Rejected, with at least one located message about it. */
		REJECTED,

		/** Read and used (possibly with warnings). */
		USED,

		/** Not read at all, and named on the console as ignored. */
		IGNORED

	}

	private static final String UNIT = "หน่วยงาน: กองทดสอบ";

	private final Path folder;

	private final Map<String, Outcome> files = new LinkedHashMap<>();

	private int variant;

	private HostileFiles(Path folder) {
		this.folder = folder;
	}

	/** Writes the whole corpus into the folder; returns each file's name and what must become of it. */
	static Map<String, Outcome> writeAll(Path folder) throws Exception {
		HostileFiles corpus = new HostileFiles(folder);
		corpus.disguised();
		corpus.damaged();
		corpus.bombs();
		corpus.xmlAttacks();
		corpus.oddNamesAndLengths();
		corpus.whatWritersSave();
		corpus.whatPeopleType();
		return corpus.files;
	}

	private void bytes(String name, Outcome outcome, byte[] content) throws IOException {
		Files.write(folder.resolve(name), content);
		files.put(name, outcome);
	}

	private void xlsx(String name, Outcome outcome, RawXlsx xlsx) throws IOException {
		xlsx.write(folder.resolve(name));
		files.put(name, outcome);
	}

	/** A valid scores table of an imaginary unit; each call differs a little, so no two files are the same. */
	private String[][] scores(String... extraTop) {
		variant++;
		String[][] table = { { "ผลคะแนน ITA" }, { UNIT }, { "ปีงบประมาณ 2565" }, { "ตัวชี้วัด", "รอบ 1" },
				{ "การปฏิบัติหน้าที่", String.valueOf(90 + variant % 10) }, { "การใช้งบประมาณ", "88.5" },
				{ "การใช้อำนาจ", "91" }, { "การใช้ทรัพย์สินของราชการ", "87" }, { "การแก้ไขปัญหาการทุจริต", "92" } };
		if (extraTop.length > 0) {
			table[0] = extraTop;
		}
		return table;
	}

	private void disguised() throws Exception {
		bytes("ว่างเปล่า.xlsx", Outcome.REJECTED, new byte[0]);
		bytes("คะแนน-csv.xlsx", Outcome.REJECTED, "ตัวชี้วัด,รอบ 1\nการปฏิบัติหน้าที่,97.11\n".getBytes(StandardCharsets.UTF_8));
		bytes("report.pdf.xlsx", Outcome.REJECTED, "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1));
		bytes("web-page.xls", Outcome.REJECTED, "<html><body><table><tr><td>97.11</td></tr></table></body></html>"
			.getBytes(StandardCharsets.UTF_8));
		bytes("excel-2003.xml.xls", Outcome.REJECTED, "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>"
			.getBytes(StandardCharsets.UTF_8));
		bytes("letter.rtf.xlsx", Outcome.REJECTED, "{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII));
		byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);
		bytes("noise.xlsx", Outcome.REJECTED, noise);
		bytes("plain.zip.xlsx", Outcome.REJECTED, zip("notes.txt", "hello"));
		bytes("letter.docx.xlsx", Outcome.REJECTED, zip("word/document.xml", "<w:document/>"));
		bytes("calc.ods.xlsx", Outcome.REJECTED, zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"));
		bytes("รหัสผ่าน.xlsx", Outcome.REJECTED, encrypted(ExampleWorkbooks.bytes(ExampleWorkbooks.scores())));
		bytes("excel95.xls", Outcome.REJECTED, ole2("Book"));
		bytes("ole-without-workbook.xls", Outcome.REJECTED, ole2("Something"));
		bytes("word97.doc.xls", Outcome.REJECTED, ole2("WordDocument"));
	}

	private void damaged() throws Exception {
		byte[] plain = ExampleWorkbooks.bytes(ExampleWorkbooks.scores());
		bytes("ครึ่งไฟล์.xlsx", Outcome.REJECTED, Arrays.copyOf(plain, plain.length / 2));
		xlsx("cell-ZZZZZZ1.xlsx", Outcome.REJECTED, RawXlsx.withSheet(out -> out.write(RawXlsx.sheetStart()
				+ "<row r=\"1\">" + RawXlsx.inlineCell("ZZZZZZ1", "ตัวชี้วัด") + "</row>" + RawXlsx.sheetEnd())));
		xlsx("row-negative.xlsx", Outcome.REJECTED, RawXlsx.withSheet(out -> out.write(RawXlsx.sheetStart()
				+ "<row r=\"-5\">" + RawXlsx.inlineCell("A-5", "ตัวชี้วัด") + "</row>" + RawXlsx.sheetEnd())));
		xlsx("row-overflow.xlsx", Outcome.REJECTED, RawXlsx.withSheet(out -> out.write(RawXlsx.sheetStart()
				+ "<row r=\"99999999999\">" + RawXlsx.inlineCell("A99999999999", "ตัวชี้วัด") + "</row>" + RawXlsx.sheetEnd())));
		xlsx("shared-index-beyond.xlsx", Outcome.REJECTED, RawXlsx.withSheet(out -> out.write(RawXlsx.sheetStart()
				+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>" + RawXlsx.sheetEnd()))
			.sharedStrings(out -> out.write("<?xml version=\"1.0\"?><sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>ตัวชี้วัด</t></si></sst>")));
		xlsx("not-xml-inside.xlsx", Outcome.REJECTED, RawXlsx.withSheet(out -> out.write("this is not xml <<<")));
		xlsx("formula-circle.xlsx", Outcome.REJECTED, RawXlsx.withSheet(out -> out.write(RawXlsx.sheetStart()
				+ row(1, RawXlsx.inlineCell("A1", UNIT)) + row(2, RawXlsx.inlineCell("A2", "ปีงบประมาณ 2565"))
				+ row(3, RawXlsx.inlineCell("A3", "ตัวชี้วัด") + RawXlsx.inlineCell("B3", "รอบ 1"))
				+ row(4, RawXlsx.inlineCell("A4", "การปฏิบัติหน้าที่") + "<c r=\"B4\"><f>B5+1</f></c>")
				+ row(5, RawXlsx.inlineCell("A5", "การใช้งบประมาณ") + "<c r=\"B5\"><f>B4+1</f></c>") + RawXlsx.sheetEnd())));
	}

	private void bombs() throws Exception {
		// One cell of 300 million characters: a few hundred KB on disk.
		xlsx("bomb-cell-value.xlsx", Outcome.REJECTED, RawXlsx.withSheet(out -> {
			out.write(RawXlsx.sheetStart() + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
			repeat(out, "ก", 300_000_000);
			out.write("</t></is></c></row>" + RawXlsx.sheetEnd());
		}));
		xlsx("bomb-tag-name.xlsx", Outcome.REJECTED, RawXlsx.withSheet(out -> {
			out.write(RawXlsx.sheetStart() + "<row r=\"1\"><c r=\"A1\"><v");
			repeat(out, "v", 300_000_000);
			out.write(">1</v></c></row>" + RawXlsx.sheetEnd());
		}));
		xlsx("bomb-shared-strings.xlsx", Outcome.REJECTED, RawXlsx.withRows(new String[] { "ตัวชี้วัด", "รอบ 1" })
			.sharedStrings(out -> {
				out.write("<?xml version=\"1.0\"?><sst xmlns=\"" + RawXlsx.MAIN + "\" count=\"100000000\" uniqueCount=\"100000000\">");
				repeat(out, "<si/>", 100_000_000);
				out.write("</sst>");
			}));
		xlsx("unique-strings-40MB.xlsx", Outcome.REJECTED, RawXlsx.withRows(new String[] { "ตัวชี้วัด", "รอบ 1" })
			.sharedStrings(out -> {
				out.write("<?xml version=\"1.0\"?><sst xmlns=\"" + RawXlsx.MAIN + "\">");
				Random random = new Random(11);
				char[] text = new char[400];
				for (int i = 0; i < 100_000; i++) {
					for (int c = 0; c < text.length; c++) {
						text[c] = (char) ('a' + random.nextInt(26));
					}
					out.write("<si><t>");
					out.write(text);
					out.write("</t></si>");
				}
				out.write("</sst>");
			}));
		writeDense(folder.resolve("dense-3.5M-cells.xlsx"));
		files.put("dense-3.5M-cells.xlsx", Outcome.REJECTED);
		ByteArrayOutputStream many = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(many)) {
			for (int i = 0; i < 10_050; i++) {
				zip.putNextEntry(new ZipEntry("xl/media/part" + i + ".bin"));
				zip.closeEntry();
			}
		}
		bytes("ten-thousand-parts.xlsx", Outcome.REJECTED, many.toByteArray());
	}

	private void xmlAttacks() throws Exception {
		String xxe = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
		xlsx("xxe-sheet.xlsx", Outcome.REJECTED, RawXlsx.withSheet(out -> out.write("<?xml version=\"1.0\"?>" + xxe
				+ "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\">"
				+ "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>")));
		xlsx("xxe-shared-strings.xlsx", Outcome.REJECTED, RawXlsx.withSheet(out -> out.write(RawXlsx.sheetStart()
				+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + RawXlsx.sheetEnd()))
			.sharedStrings(out -> out.write("<?xml version=\"1.0\"?>" + xxe + "<sst xmlns=\"" + RawXlsx.MAIN
					+ "\"><si><t>&xxe;</t></si></sst>")));
		xlsx("billion-laughs.xlsx", Outcome.REJECTED, RawXlsx.withSheet(out -> {
			StringBuilder dtd = new StringBuilder("<!DOCTYPE x [<!ENTITY l0 \"ha\">");
			for (int i = 1; i <= 10; i++) {
				dtd.append("<!ENTITY l").append(i).append(" \"");
				for (int j = 0; j < 10; j++) {
					dtd.append("&l").append(i - 1).append(';');
				}
				dtd.append("\">");
			}
			out.write("<?xml version=\"1.0\"?>" + dtd + "]><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
					+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&l10;</t></is></c></row></sheetData></worksheet>");
		}));
		// A DOCTYPE in the document properties: the workbook itself is fine, but its score is out of range,
		// so an annotated copy is written from it.
		String[][] table = scores();
		table[4][1] = "197.11";
		xlsx("doctype-in-core.xlsx", Outcome.REJECTED, RawXlsx.withRows(table).part("docProps/core.xml",
				out -> out.write("<?xml version=\"1.0\"?>" + xxe + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
						+ "package/2006/metadata/core-properties\"><dc:title xmlns:dc=\"http://purl.org/dc/elements/1.1/\">&xxe;"
						+ "</dc:title></cp:coreProperties>")));
	}

	private void oddNamesAndLengths() throws Exception {
		byte[] valid = ExampleWorkbooks.bytes(ExampleWorkbooks.scores());
		bytes("..สรุป.xlsx", Outcome.IGNORED, valid);
		bytes("~$ita-scores-2564.xlsx", Outcome.IGNORED, new byte[] { 1, 2, 3 });
		// 80 Thai letters: 240 bytes of the 255 a file name may have.
		xlsx("ผลคะแนนการประเมินคุณธรรมและความโปร่งใสของหน่วยงานทดสอบประจำปีงบประมาณพุทธศักราชส.xlsx",
				Outcome.USED, RawXlsx.withRows(scores()));
		xlsx("long-sheet-name.xlsx", Outcome.USED, RawXlsx.withRows(scores()).sheetName("ค".repeat(300)));
		String[][] longIndicator = scores();
		longIndicator[5][0] = "ต".repeat(32_767);
		xlsx("indicator-32767.xlsx", Outcome.REJECTED, RawXlsx.withRows(longIndicator));
		String[][] longUnit = scores();
		longUnit[1][0] = "หน่วยงาน: " + "กองทดสอบที่ยาวมาก".repeat(40);
		xlsx("unit-700-chars.xlsx", Outcome.USED, RawXlsx.withRows(longUnit));
		xlsx("plan-long-texts.xlsx", Outcome.USED, RawXlsx.withRows(new String[] { "หน่วยงาน: กองแผนยาว" },
				new String[] { "ปีงบประมาณ 2565" },
				new String[] { "มาตรการ", "กิจกรรมดำเนินการ", "ต.ค.", "พ.ย.", "ธ.ค.", "งบประมาณ", "ผู้รับผิดชอบ" },
				new String[] { "มาตรการ " + "ก".repeat(5_000), "๑. " + "กิจกรรม".repeat(4_600), "✓", null, null, "-",
						"กลุ่ม".repeat(150) }));
	}

	private void whatWritersSave() throws Exception {
		xlsx("parts-not-under-xl.xlsx", Outcome.USED, RawXlsx.withRows(scores()).folder("spreadsheet"));
		xlsx("iso-date-cells.xlsx", Outcome.USED, RawXlsx.withSheet(out -> {
			out.write(RawXlsx.sheetStart());
			String[][] table = scores();
			for (int r = 0; r < table.length; r++) {
				out.write("<row r=\"" + (r + 1) + "\">");
				for (int c = 0; c < table[r].length; c++) {
					out.write(RawXlsx.inlineCell(RawXlsx.ref(r, c), table[r][c]));
				}
				if (r == 0) {
					out.write("<c r=\"D1\" t=\"d\"><v>2022-03-15T00:00:00</v></c>");
				}
				out.write("</row>");
			}
			out.write(RawXlsx.sheetEnd());
		}));
		xlsx("strict-ooxml.xlsx", Outcome.REJECTED, RawXlsx.withRows(scores()).strict());
		String[][] escaped = scores();
		escaped[0] = new String[] { "ผลคะแนน_x000D_ITA" };
		xlsx("x000D-escapes.xlsx", Outcome.USED, RawXlsx.withRows(escaped));
	}

	private void whatPeopleType() throws Exception {
		String[][] missing = scores();
		missing[6][1] = "n/a";
		xlsx("score-na.xlsx", Outcome.USED, RawXlsx.withRows(missing));
		String[][] respondents = scores();
		respondents[3] = new String[] { "ตัวชี้วัด", "รอบ 1", "จำนวนผู้ตอบ" };
		respondents[4] = new String[] { "การปฏิบัติหน้าที่", "90", "99999999999" };
		xlsx("respondents-overflow.xlsx", Outcome.REJECTED, RawXlsx.withRows(respondents));
		xlsx("unit-in-title.xlsx", Outcome.USED, RawXlsx.withRows(new String[] { "แผนปฏิบัติการของกองชื่อในหัวเรื่อง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕" },
				new String[] { "มาตรการ", "กิจกรรมดำเนินการ", "ต.ค.", "พ.ย." },
				new String[] { "มาตรการหนึ่ง", "๑. ประชุม “คุณธรรม”", "✓", null }));
		// Plan and progress in one workbook, the progress pasted from LINE: curly quotes, a percent in the status.
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SheetBuilder plan = new SheetBuilder(workbook.createSheet("แผน"));
			plan.row("A1", "หน่วยงาน: กองความคืบหน้า");
			plan.row("A2", "ปีงบประมาณ 2565");
			plan.row("A3", "มาตรการ", "กิจกรรมดำเนินการ", "ต.ค.", "พ.ย.");
			plan.row("A4", "มาตรการหนึ่ง", "๑. เผยแพร่ข่าว \"คุณธรรม สุจริต\"", "✓", "");
			plan.row("A5", "มาตรการหนึ่ง", "๒. ประชุมชี้แจง", "", "✓");
			SheetBuilder progress = new SheetBuilder(workbook.createSheet("ผล"));
			progress.row("A1", "กิจกรรม", "เดือน", "สถานะ");
			progress.row("A2", "เผยแพร่ข่าว “คุณธรรม สุจริต”", "ต.ค. 64", "อยู่ระหว่างดำเนินการ (ร้อยละ 50)");
			progress.row("A3", "กิจกรรมที่ไม่มีในแผน", "ต.ค. 64", "ดำเนินการแล้ว");
			ExampleWorkbooks.write(workbook, folder.resolve("progress-curly-percent.xlsx"));
			files.put("progress-curly-percent.xlsx", Outcome.USED);
		}
	}

	/** 3.5 million cells in a few MB: a dense sheet no scores or plan workbook has, and POI would need gigabytes for. */
	static void writeDense(Path file) throws IOException {
		RawXlsx.withSheet(out -> {
			out.write(RawXlsx.sheetStart());
			for (int r = 1; r <= 35_000; r++) {
				out.write("<row r=\"" + r + "\">");
				for (int c = 0; c < 100; c++) {
					out.write("<c><v>1</v></c>");
				}
				out.write("</row>");
			}
			out.write(RawXlsx.sheetEnd());
		}).write(file);
	}

	private static String row(int number, String cells) {
		return "<row r=\"" + number + "\">" + cells + "</row>";
	}

	private static void repeat(java.io.Writer out, String text, int times) throws IOException {
		String block = text.repeat(Math.max(1, 65_536 / text.length()));
		int perBlock = block.length() / text.length();
		int written = 0;
		while (written + perBlock <= times) {
			out.write(block);
			written += perBlock;
		}
		out.write(text.repeat(times - written));
	}

	private static byte[] zip(String entry, String content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static byte[] ole2(String entry) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			fs.createDocument(new ByteArrayInputStream(new byte[64]), entry);
			fs.writeFilesystem(out);
		}
		return out.toByteArray();
	}

	private static byte[] encrypted(byte[] plain) throws Exception {
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword("secret");
		ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(plain);
			}
			fs.writeFilesystem(encrypted);
		}
		return encrypted.toByteArray();
	}
}
