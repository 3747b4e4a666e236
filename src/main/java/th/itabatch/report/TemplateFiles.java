package th.itabatch.report;

import th.itabatch.validation.MessageCode;
import th.itabatch.validation.MessageLog;
import th.itabatch.workbook.WorkbookOpener;

/**
 * What a template file is before it is opened: empty, an old binary Office file under a new
 * name (a trial's .xls saved as monthly-report.xlsx failed with a class cast), or no Office file at all.
 */
final class TemplateFiles {

	private TemplateFiles() {
	}

	/**
	 * True, having said why, when the bytes cannot be a template of this kind.
	 *
	 * @param program "Excel" or "Word"
	 * @param extension ".xlsx" or ".docx"
	 */
	static boolean unreadable(byte[] bytes, String program, String extension, MessageLog log) {
		if (bytes.length == 0) {
			log.file(MessageCode.TEMPLATE_UNREADABLE, "ไฟล์ว่างเปล่า (0 ไบต์)", "the file is empty (0 bytes)");
			return true;
		}
		String old = extension.substring(0, extension.length() - 1);
		String a = program.equals("Excel") ? "an " : "a ";
		String type = program.equals("Excel") ? "Excel Workbook (" + extension + ")" : "Word Document (" + extension + ")";
		if (WorkbookOpener.isOle2(bytes)) {
			log.file(MessageCode.TEMPLATE_UNREADABLE,
					"เป็นไฟล์ " + program + " 97–2003 (" + old + ") หรือไฟล์ที่ตั้งรหัสผ่าน ในชื่อ " + extension + " ให้เปิดใน " + program
							+ " แล้วบันทึกเป็นชนิด " + type + " โดยไม่ตั้งรหัสผ่าน",
					"it is " + a + program + " 97–2003 file (" + old
							+ "), or one protected by a password, under an " + extension + " name: open it in " + program
							+ " and save it as " + type + " without a password");
			return true;
		}
		if (!WorkbookOpener.isZip(bytes)) {
			log.file(MessageCode.TEMPLATE_UNREADABLE, "ไม่ใช่ไฟล์ " + program + " (" + extension + ")",
					"it is not " + a + program + " file (" + extension + ")");
			return true;
		}
		return false;
	}
}
