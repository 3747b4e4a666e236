package th.itabatch.validation;

import static th.itabatch.validation.Severity.ERROR;
import static th.itabatch.validation.Severity.WARNING;

import th.itabatch.workbook.UnreadableWorkbookException;

/**
 * Every message the readers and validators give, with a stable code and its text in Thai and
 * English. Arguments fill {0}, {1}, … in both texts.
 */
public enum MessageCode {

	FILE_FORMAT(ERROR, "ไฟล์นี้ไม่ใช่สมุดงาน Excel ({0}) รองรับเฉพาะ .xlsx .xlsm และ .xls (และผลตอบแบบสำรวจเป็น CSV)",
			"this file is not an Excel workbook ({1}); only .xlsx, .xlsm and .xls are accepted (and a survey''s responses as CSV)"),
	FILE_ENCRYPTED(ERROR, "ไฟล์ถูกป้องกันด้วยรหัสผ่าน กรุณาบันทึกใหม่โดยไม่ใส่รหัสผ่าน",
			"the workbook is password-protected; save it again without a password"),
	FILE_CORRUPT(ERROR, "ไฟล์เสียหายหรือไม่สมบูรณ์ เปิดอ่านไม่ได้ ลองเปิดใน Excel แล้วบันทึกใหม่ (รายละเอียดทางเทคนิค: {0})",
			"the file is damaged or incomplete and cannot be read; try opening it in Excel and saving it again ({0})"),
	FILE_TOO_LARGE(ERROR, "ไฟล์ใหญ่เกินกว่าที่กำหนด จึงไม่ได้อ่าน: {0} หากเป็นไฟล์ปกติ ผู้ดูแลระบบปรับค่าดังกล่าวได้",
			"the file is larger than allowed and was not read: {0}; if it is an ordinary file, the administrator can raise that setting"),
	FILE_UNREADABLE(ERROR, "อ่านไฟล์นี้ไม่สำเร็จ ({0}) ไฟล์นี้จึงไม่ถูกนำไปใช้ ไฟล์อื่นยังคงดำเนินการตามปกติ",
			"this file could not be read ({0}); it is not used, the other files were processed as usual"),
	FILE_NOT_STORED(ERROR, "บันทึกข้อมูลจากไฟล์นี้ไม่สำเร็จ ({0}) ไฟล์นี้จึงไม่ถูกนำไปใช้ ไฟล์อื่นยังคงดำเนินการตามปกติ",
			"what this file holds could not be stored ({0}); it is not used, the other files were processed as usual"),
	VALIDATION_OUTPUT_FAILED(WARNING, "เขียนรายงานผลการตรวจสอบหรือสำเนาที่ทำเครื่องหมายไม่สำเร็จ ({0}) ข้อความด้านบนยังใช้ได้",
			"the validation report or annotated copy could not be written ({0}); the messages above still stand"),
	// The register named with its headings: a trial's register headed "ID | Unit | Reports to" was told
	// only of scores, plans and progress.
	WORKBOOK_EMPTY(ERROR, "ไฟล์นี้ไม่มีข้อมูลในชีตใดเลย (อาจบันทึกไฟล์ผิดฉบับ) ให้ตรวจแล้วส่งไฟล์ที่มีข้อมูลอีกครั้ง",
			"this workbook holds nothing in any sheet (perhaps the wrong copy was saved); check it and send the one with the data"),
	NO_TABLE(ERROR, "ไม่พบตารางคะแนน แผนปฏิบัติการ ผลการดำเนินงาน ทะเบียนหน่วยงาน หรือแบบสอบถาม (ค้นหาหัวตารางใน 30 แถวแรกของทุกชีต; "
			+ "ตารางคะแนนมีคอลัมน์ ตัวชี้วัด และ คะแนน หรือ รอบที่ 1; แผนปฏิบัติการมีคอลัมน์ กิจกรรม และคอลัมน์เดือน ต.ค. … ก.ย.; "
			+ "ผลการดำเนินงานมีคอลัมน์ กิจกรรม และ สถานะ; ทะเบียนหน่วยงานมีคอลัมน์ รหัส และ ชื่อหน่วยงาน หรือ ชื่อหน่วยงาน สังกัด และ ชื่อย่อ; แบบสอบถามที่ส่งออกจากแบบฟอร์ม"
			+ " มีหัวคอลัมน์ขึ้นต้นด้วยรหัสข้อ เช่น ข้อ 1 หรือ I1 หรือให้ผู้ดูแลตั้งค่า ita.survey.header-map สำหรับหัวคอลัมน์ที่เป็นข้อความคำถาม)",
			"no scores, plan, progress, units register or survey export table was found (header rows are searched in the first 30 rows "
					+ "of every sheet; a scores table has the columns ตัวชี้วัด and คะแนน or รอบที่ 1; a plan has กิจกรรม and"
					+ " month columns ต.ค. … ก.ย.; progress has กิจกรรม and สถานะ;"
					+ " a register has the columns code and unit name, or unit name, parent and other names;"
					+ " a survey export's question columns start with the question's code, such as ข้อ 1 or I1, or an"
					+ " administrator maps the questions' texts in ita.survey.header-map)"),
	FORMULA_NO_VALUE(ERROR, "สูตรในเซลล์นี้ไม่มีค่าที่คำนวณไว้และคำนวณไม่ได้ กรุณาเปิดและบันทึกไฟล์ใน Excel อีกครั้ง",
			"this formula has no saved result and cannot be calculated; open and save the file in Excel again"),
	UNIT_MISSING(ERROR, "ไม่ทราบหน่วยงาน ให้ระบุ \"หน่วยงาน: …\" เหนือตาราง เพิ่มคอลัมน์หน่วยงาน หรือใส่ชื่อหน่วยงานในชื่อไฟล์",
			"the unit is unknown; write \"หน่วยงาน: …\" above the table, add a unit column or name the unit in the file''s name"),
	REGISTER_CODE_DUPLICATE(ERROR, "รหัสหน่วยงาน \"{0}\" ซ้ำ (มีแล้วที่ {1})", "unit code \"{0}\" appears twice (first at {1})"),
	REGISTER_CODE_MISSING(WARNING, "หน่วยงาน \"{0}\" ไม่มีรหัส จึงใช้ชื่อแทนรหัส ให้เติมรหัสหากหน่วยงานนี้มีรหัส",
			"unit \"{0}\" has no code, so its name stands for one; fill in its code if it has one"),
	REGISTER_PARENT_UNKNOWN(ERROR, "หน่วยงานต้นสังกัด \"{0}\" ของ {1} ไม่อยู่ในทะเบียน{2}", "the parent \"{0}\" of {1} is not in the register{3}"),
	REGISTER_CYCLE(ERROR, "สังกัดของ {0} วนกลับมาที่ตัวเอง", "the parents of {0} lead back to it"),

	REGISTER_BELOW_CYCLE(ERROR, "สังกัดของ {0} ไม่ถึงหน่วยงานระดับบนสุด เพราะ {1} อยู่ในสังกัดที่วนกลับมาที่ตัวเอง",
			"the parents of {0} never reach the top: {1} is on a cycle of parents"),
	REGISTER_NAME_MISSING(WARNING, "รหัสหน่วยงาน \"{0}\" ไม่มีชื่อหน่วยงาน จึงไม่นับเป็นหน่วยงานในทะเบียน ให้เติมชื่อหากเป็นหน่วยงาน",
			"unit code \"{0}\" has no name, so it is not taken as a unit of the register; fill in its name if it is one"),
	REGISTER_PARENT_AMBIGUOUS(ERROR, "หน่วยงานต้นสังกัด \"{0}\" ของ {1} เป็นชื่อของหลายหน่วยงาน ({2}) ให้ระบุรหัสของต้นสังกัด",
			"the parent \"{0}\" of {1} names several units ({2}); give the parent's code"),
	REGISTER_OTHER_NAME_SHARED(WARNING,
			"ชื่ออื่น \"{0}\" ของ {1} เป็นชื่ออื่นของ {2} ด้วย จึงไม่ใช้ระบุหน่วยงานใด ให้ระบุหน่วยงานในไฟล์ด้วยชื่อหน่วยงานหรือรหัส "
					+ "หรือลบชื่อนี้ออกจากหน่วยงานที่ไม่ใช่",
			"the other name \"{0}\" of {1} is {2}'s other name too, so it names neither; name the unit by its name or "
					+ "code in the files, or remove the name from the unit it is not"),
	REGISTER_OTHER_NAME_TAKEN(WARNING, "ชื่ออื่น \"{0}\" ของ {1} เป็นชื่อหรือรหัสของ {2} จึงหมายถึง {2} ไม่ใช่ {1}",
			"the other name \"{0}\" of {1} is the name or code of {2}, so it stands for {2}, not {1}"),
	REGISTER_RENAMED(WARNING, "หน่วยงานรหัส \"{0}\" ในทะเบียนที่ใช้อยู่ชื่อ \"{1}\" ทะเบียนนี้ให้ชื่อ \"{2}\" ข้อมูลที่ส่งมาในชื่อเดิม"
			+ "จึงไม่นับเป็นของหน่วยงานนี้ หากเป็นหน่วยงานเดียวกันที่เปลี่ยนชื่อ ให้เพิ่ม \"{1}\" เป็นชื่ออื่นของหน่วยงานนี้",
			"unit code \"{0}\" is \"{1}\" in the register in use and \"{2}\" in this one: data sent under the old name "
					+ "are not counted as this unit's; if it is the same unit renamed, add \"{1}\" as another name of it"),
	REGISTER_NAME_ALIKE(WARNING,
			"ชื่อหน่วยงาน \"{0}\" เหมือนกับ \"{1}\" เมื่อไม่นับช่องว่างและเครื่องหมาย จึงเรียกหน่วยงานนี้ว่า \"{2}\" "
					+ "ให้ระบุหน่วยงานในไฟล์ด้วยชื่อนี้หรือรหัส",
			"unit name \"{0}\" reads the same as \"{1}\" once spaces and marks are set aside, so this unit is "
					+ "called \"{2}\"; name it so or by its code in the files"),
	// One name under two parents, as every department has its สำนักงานเลขานุการกรม.
	REGISTER_NAME_IN_PARENTS(WARNING,
			"ชื่อหน่วยงาน \"{0}\" มีในหลายสังกัด จึงเรียกหน่วยงานนี้ว่า \"{2}\" (และหน่วยงานก่อนหน้าว่า \"{1}\") ให้ระบุหน่วยงานนี้ในไฟล์ด้วยชื่อ \"{2}\" "
					+ "ชื่อพร้อมสังกัด หรือรหัส เพราะชื่อ \"{0}\" อย่างเดียวไม่บอกว่าเป็นหน่วยงานใด",
			"unit name \"{0}\" is under more than one parent, so this unit is called \"{2}\" (and the one before \"{1}\"); "
					+ "name it so, with its parent, or by its code in the files, as \"{0}\" alone names neither"),
	// Met twice as written under one parent (not only alike): a row copied twice.
	REGISTER_NAME_TWICE(WARNING,
			"ชื่อหน่วยงาน \"{0}\" มีแล้วที่ {1} จึงเรียกหน่วยงานนี้ว่า \"{2}\" และชื่อ \"{0}\" อย่างเดียวไม่บอกว่าเป็นหน่วยงานใด "
					+ "หากเป็นหน่วยงานเดียวกัน ให้ลบแถวที่ซ้ำ มิฉะนั้นให้ระบุหน่วยงานในไฟล์ด้วยชื่อ \"{2}\" หรือรหัส",
			"unit name \"{0}\" is already at {1}, so this unit is called \"{2}\" and \"{0}\" alone names neither; "
					+ "if it is the same unit, remove the row repeated, else name the unit \"{2}\" or by its code in the files"),
	// A unit with no name close is missing from the register rather than misspelt: the advice covers both.
	UNIT_UNKNOWN(WARNING, "หน่วยงาน \"{0}\" ไม่อยู่ในทะเบียนหน่วยงาน ชื่อที่ใกล้เคียง: {1} ให้แก้ชื่อในไฟล์ "
			+ "หรือเพิ่มในทะเบียน (เป็นหน่วยงานใหม่ หรือเป็นชื่ออื่นของหน่วยงานที่มีอยู่)",
			"unit \"{0}\" is not in the register of units; closest names: {1}; correct the name, or add it to the "
					+ "register (as a unit of its own, or as another name of a registered unit)"),
	UNIT_AMBIGUOUS(WARNING, "\"{0}\" เป็นชื่อของหลายหน่วยงานในทะเบียน ({1}) จึงไม่ทราบว่าเป็นหน่วยงานใด ให้ระบุชื่อหน่วยงานหรือรหัสแทน",
			"\"{0}\" names several units of the register ({1}), so which one is not known; name the unit by its own name or code"),
	UNIT_FILE_NAME_NOT_USED(WARNING, "ชื่อไฟล์ระบุ \"{0}\" แต่ยังไม่มีทะเบียนหน่วยงาน จึงใช้หน่วยงานที่ตั้งค่าไว้ \"{1}\" (ita.defaults.unit) หากไฟล์นี้เป็นของ \"{0}\" ให้ระบุ \"หน่วยงาน: {0}\" เหนือตาราง หรือเพิ่มทะเบียนหน่วยงาน",
			"the file''s name names \"{0}\", but there is no register of units, so the configured unit \"{1}\" is used (ita.defaults.unit); if the file is \"{0}\"''s, write \"หน่วยงาน: {0}\" above the table, or add a register of units"),
	UNIT_FROM_CONFIGURATION(WARNING, "ไฟล์ไม่ได้ระบุหน่วยงาน จึงใช้หน่วยงานที่ตั้งค่าไว้ \"{0}\" หากไม่ใช่ ให้ระบุ \"หน่วยงาน: …\" เหนือตาราง",
			"the file names no unit, so the configured unit \"{0}\" is used; if that is wrong, write \"หน่วยงาน: …\" above the table"),
	// Said of each unit of a refused workbook of several units' rows that no error names: its department
	// report counts it as having sent one, not as sending nothing (a retrial's planning office workbook).
	WORKBOOK_REFUSED_UNIT(WARNING, "ไฟล์นี้มีข้อมูลของ {0} ด้วย ซึ่งยังไม่ได้นำมาใช้จนกว่าจะแก้ไขข้อผิดพลาดของไฟล์แล้วส่งใหม่",
			"the file holds {0}''s data too, not used until the file''s errors are corrected and it is sent again"),
	UNIT_FROM_FILE_NAME(WARNING, "ชีตไม่ได้ระบุหน่วยงาน จึงใช้หน่วยงานตามชื่อไฟล์ \"{0}\" หากไม่ใช่ ให้ระบุ \"หน่วยงาน: …\" เหนือตาราง",
			"the sheet names no unit, so the unit the file''s name names, \"{0}\", is used; if that is wrong, write \"หน่วยงาน: …\" above the table"),
	FISCAL_YEAR_MISSING(ERROR, "ไม่ทราบปีงบประมาณ ให้ระบุ \"ปีงบประมาณ 2564\" เหนือตาราง หรือเพิ่มคอลัมน์ปีงบประมาณ",
			"the fiscal year is unknown; write \"ปีงบประมาณ 2564\" above the table or add a fiscal year column"),
	FISCAL_YEAR_INVALID(ERROR, "ปีงบประมาณ \"{0}\" ไม่ถูกต้อง", "fiscal year \"{0}\" is not valid"),

	SCORES_NO_INDICATOR_COLUMN(ERROR, "ตารางคะแนนไม่มีคอลัมน์ตัวชี้วัด", "the scores table has no indicator column"),
	SCORES_NO_SCORE_COLUMNS(ERROR, "ตารางตัวชี้วัดนี้ไม่มีคอลัมน์คะแนนที่อ่านได้: หัวคอลัมน์ {0} ไม่ใช่ชื่อรอบการประเมิน ให้เขียนหัวคอลัมน์เป็น \"รอบที่ 1\" \"รอบ 5 เดือนแรก\" หรือ \"คะแนน\"",
			"the indicators' table has no score column that can be read: the headings {0} name no assessment round; head the columns \"รอบที่ 1\", \"รอบ 5 เดือนแรก\" or \"คะแนน\""),
	SCORES_NO_ROUND(ERROR, "ไม่ทราบรอบการประเมินของคอลัมน์คะแนน \"{0}\" ให้ระบุ เช่น \"รอบที่ 1\" เหนือตาราง ในหัวคอลัมน์ หรือเพิ่มคอลัมน์รอบ",
			"the round of score column \"{0}\" is unknown; write it above the table (\"รอบที่ 1\"), in the column's header, or add a round column"),
	SCORES_COLUMN_NOT_READ(WARNING, "คอลัมน์ \"{0}\" มีคะแนนแต่ไม่ได้นำไปใช้ เพราะหัวคอลัมน์ไม่ใช่ชื่อรอบการประเมินที่รู้จัก ให้เขียนหัวคอลัมน์เป็น \"รอบที่ 1\" \"รอบ 5 เดือนแรก\" หรือ \"รอบที่ 2\"",
			"column \"{0}\" holds scores that are not used: its heading names no assessment round known here; head it \"รอบที่ 1\", \"รอบ 5 เดือนแรก\" or \"รอบที่ 2\""),
	SCORE_RANGE(ERROR, "คะแนน {0} อยู่นอกช่วง 0–100{1}", "score {0} is outside 0–100{2}"),
	SCORE_MISSING(WARNING, "ไม่มีคะแนนของตัวชี้วัด{0} ในรอบ {1} ภาพรวมที่คำนวณและการเปรียบเทียบกับรอบก่อนจึงใช้เฉพาะตัวชี้วัดที่มีคะแนน",
			// {2} and {3}: the indicator and the round in English (a trial's English text read "round 5 เดือนหลัง").
			"no score for indicator {2} in round {3}; the computed overall and the comparison with the previous round use the indicators that have one"),
	SCORE_LETTER_FOR_DIGIT(ERROR, "คะแนน \"{0}\" มีตัวอักษร o ภาษาอังกฤษแทนเลขศูนย์ (ดูเหมือน ๐) ให้แก้เป็น \"{1}\"",
			"score \"{0}\" has the letter o typed for a zero (it looks like ๐); correct it to \"{1}\""),
	SCORE_NOT_NUMBER(ERROR, "คะแนน \"{0}\" ไม่ใช่ตัวเลข", "score \"{0}\" is not a number"),
	TARGET_INVALID(ERROR, "เป้าหมาย \"{0}\" ต้องเป็นตัวเลข 0–100", "target \"{0}\" must be a number from 0 to 100"),
	RESPONDENTS_OVERALL_UNUSED(WARNING, "จำนวนผู้ตอบ {0} คนในแถวภาพรวมของรอบ {1} ไม่ได้นำไปใช้ เพราะรอบนี้มีทั้งแบบวัด IIT และ EIT ซึ่งมีผู้ตอบต่างกลุ่มกัน ให้ระบุจำนวนผู้ตอบของแต่ละแบบวัดในแถวตัวชี้วัดของแบบวัดนั้น",
			"the {0} respondents on the overall row of round {1} are not used: the round has both IIT and EIT, answered by different people; give each survey''s count on its indicators'' rows"),
	RESPONDENTS_OVERALL_SHARED(WARNING, "จำนวนผู้ตอบ {0} คนในแถวภาพรวมไม่ได้นำไปใช้ เพราะตารางมีหลายรอบแต่ใช้คอลัมน์จำนวนผู้ตอบร่วมกัน จึงไม่ทราบว่าเป็นของรอบใด ให้ระบุจำนวนผู้ตอบแยกตามรอบ",
			"the {0} respondents on the overall row are not used: the table has several rounds and one respondents column, so which round they answered is not known; give each round its own count"),
	RESPONDENTS_INVALID(ERROR, "จำนวนผู้ตอบ \"{0}\" ต้องเป็นจำนวนเต็มไม่ติดลบ", "number of respondents \"{0}\" must be a whole number, not negative"),
	// The names it may mean, and how an overall is written: a trial's "ภาพรวม ITA" and a name with a word
	// left out were refused with the name alone.
	INDICATOR_UNKNOWN(ERROR, "ไม่รู้จักตัวชี้วัด \"{0}\"{1} ให้ใช้ชื่อ เลขที่ (1–10) หรือรหัส (IIT1 … OIT10) ของตัวชี้วัด "
			+ "ส่วนคะแนนภาพรวมให้เขียนว่า \"ภาพรวม\" หรือ \"รวม\"",
			"unknown indicator \"{0}\"{2}; name an indicator by its name, number (1–10) or code (IIT1 … OIT10), and the overall \"ภาพรวม\" or \"Overall\""),
	INDICATOR_READ_AS(WARNING, "\"{0}\" อ่านเป็นตัวชี้วัด {1} {2} หากหมายถึงเรื่องอื่น ให้แก้ชื่อในไฟล์แล้วส่งอีกครั้ง",
			"\"{0}\" is read as indicator {1} {3}; if it means something else, correct the name and send the file again"),
	// The unit and year too: a unit typed by its name on one row and by its code or short name on another
	// is one unit twice, which "ซ้ำในรอบ 1 (มีแล้วที่ E2)" alone did not say (a trial's register).
	// And where the row's unit was read, when not on the row: a row whose unit cell was left blank takes
	// the unit above it (a long table's grouping), which the message did not say (a retrial).
	INDICATOR_DUPLICATE(ERROR, "ตัวชี้วัด {0} ของ{3} ปีงบประมาณ {4} ซ้ำในรอบ {1} (มีแล้วที่ {2}){5}",
			"indicator {0} of {3}, FY {4}, appears twice in round {1} (first at {2}){6}"),
	ROUND_UNKNOWN(ERROR, "ไม่รู้จักรอบการประเมิน \"{0}\"", "unknown round \"{0}\""),
	OVERALL_DUPLICATE(ERROR, "ภาพรวมของ{2} ปีงบประมาณ {3} รอบ {0} ซ้ำ (มีแล้วที่ {1}){4}",
			"the overall of {2}, FY {3}, round {0} appears twice (first at {1}){5}"),
	OVERALL_MISMATCH(WARNING, "ภาพรวมที่ระบุ {0} ต่างจากภาพรวมที่คำนวณจากตัวชี้วัด{3} {1} (ต่างกัน {2}) ใช้ค่าที่ระบุในไฟล์",
			"the stated overall {0} differs from the overall computed from the indicators{4} {1} (by {2}); the stated value is used"),
	SCORE_DECIMAL_SLIP(WARNING, "คะแนน {0} ของตัวชี้วัด {1} ต่ำกว่าตัวชี้วัดอื่นของรอบเดียวกันมาก (ค่ากลาง {2}) ถ้าพิมพ์จุดทศนิยมผิดที่ (หรือพิมพ์ร้อยละเป็นทศนิยม เช่น 0.885) คะแนนที่ถูกน่าจะเป็น {3} ให้ตรวจสอบ แก้ไข แล้วส่งไฟล์ใหม่",
			"score {0} of indicator {4} is far below the round''s other indicators (median {2}); if its decimal point slipped (or a share was typed as a fraction, such as 0.885) it would be {3}: check it, correct it and send the file again"),
	TOOL_MISMATCH(WARNING, "คะแนน {0} ที่ระบุ {1} ต่างจากค่าเฉลี่ยของตัวชี้วัด {0} {2} (ต่างกัน {3}) รายงานใช้ค่าเฉลี่ยของตัวชี้วัด",
			"the stated {0} score {1} differs from the mean of its indicators {2} (by {3}); the reports use the indicators'' mean"),
	SCORES_REPLACED(WARNING, "คะแนนของ{0} ปีงบประมาณ {1} รอบ {2} ในไฟล์นี้ต่างจากที่ได้รับก่อนหน้า และใช้แทนตั้งแต่นี้: {3} ถ้าคะแนนเดิมถูกต้อง ให้แก้ไฟล์นี้แล้วส่งอีกครั้ง",
			"{0}''s scores for FY {1} round {2} in this file differ from those received before, and replace them from now on: {4}; if the earlier scores were right, correct this file and send it again"),
	ROUND_INCOMPLETE(WARNING, "{0} ปีงบประมาณ {1} รอบ {2} ขาดตัวชี้วัด {3}", "{0}, FY {1} round {2}, is missing indicator(s) {3}"),

	ROWS_HIDDEN(WARNING, "แถว {0} ถูกซ่อนไว้ แต่ยังนำมาใช้ ถ้าไม่ต้องการให้นับ ให้ลบแถวออกแล้วส่งไฟล์อีกครั้ง",
			"rows {0} are hidden but were read; if they are not meant to count, delete them and send the file again"),

	PLAN_NO_MONTH_COLUMNS(ERROR, "ตารางแผนไม่มีคอลัมน์เดือน (ต.ค. … ก.ย.) ให้มีคอลัมน์ของแต่ละเดือนในแถวหัวตาราง แล้วทำเครื่องหมาย ✓ ในเดือนที่ดำเนินกิจกรรม หรือพิมพ์ช่วงเดือนในคอลัมน์ \"ระยะเวลาดำเนินการ\" เช่น \"ต.ค. - ธ.ค. 67\"",
			"the plan table has no month columns (ต.ค. … ก.ย.): give each month its own column in the header and mark the months an activity runs with ✓, or type its months in a column headed \"ระยะเวลาดำเนินการ\", such as \"ต.ค. - ธ.ค. 67\""),
	PLAN_MONTHS_OF_ANOTHER_YEAR(ERROR, "คอลัมน์เดือนทุกคอลัมน์เป็นเดือนของปีงบประมาณ {0} แต่แผนนี้เป็นของปีงบประมาณ {1} (คัดลอกแผนปีก่อนมาโดยยังไม่ได้แก้หัวคอลัมน์เดือน?) ให้แก้หัวคอลัมน์เดือนเป็นเดือนของปีงบประมาณ {1} หรือแก้ปีงบประมาณของแผน แล้วส่งอีกครั้ง",
			"every month column is a month of FY {0}, but the plan is of FY {1} (last year''s plan copied without its month headers changed?); change the month headers to FY {1}''s months, or the plan''s fiscal year, and send it again"),
	PLAN_MONTH_YEAR_SLIP(WARNING, "คอลัมน์ \"{0}\" อยู่ระหว่างเดือนของปีงบประมาณ {2} และแผนไม่มีคอลัมน์เดือนนี้ของปีงบประมาณ {2} จึงอ่านเป็น {1} (พิมพ์ปีผิด?) หากไม่ใช่ ให้แก้หัวคอลัมน์",
			"the column \"{0}\" stands among FY {2}''s months and the plan has no other column of that month, so it is read as {1} (the year mistyped?); if not, correct the header"),
	PLAN_MONTH_TWICE(WARNING, "คอลัมน์ \"{0}\" เป็นเดือนเดียวกับคอลัมน์ก่อนหน้า และแผนไม่มีคอลัมน์ {1} (พิมพ์เดือนผิด?) เครื่องหมายในคอลัมน์นี้จึงนับเป็นเดือน \"{0}\" หากเป็น {1} ให้แก้หัวคอลัมน์",
			"the column \"{0}\" is the same month as the column before it, and the plan has no column for {1} (the month mistyped?): its marks count as \"{0}\"; if it is {1}, correct the header"),
	PLAN_MONTH_HEADER_UNREAD(WARNING, "อ่านหัวคอลัมน์ \"{0}\" เป็นเดือนไม่ได้ (เช่น มิ.ย. 69 หรือ มิถุนายน 2569) เครื่องหมายในคอลัมน์นี้จึงไม่นับ ให้แก้หัวคอลัมน์",
			"the header \"{0}\" reads as no month (write it as มิ.ย. 69 or มิถุนายน 2569): the marks in its column are not counted; correct the header"),
	PLAN_MONTH_OTHER_YEAR(WARNING, "คอลัมน์ \"{0}\" เป็นเดือนของปีงบประมาณอื่น (แผนนี้เป็นของปีงบประมาณ {1} คือ ต.ค. … ก.ย.) เครื่องหมายในคอลัมน์นี้จึงไม่นับ ให้ย้ายกิจกรรมไปไว้ในแผนของปีงบประมาณนั้น",
			"the column \"{0}\" is a month of another fiscal year (this plan is of FY {2}, October to September): its marks are not counted; put those activities in that year''s plan"),
	PLAN_PERIOD_UNREAD(WARNING, "อ่านเดือนที่ดำเนินการจาก \"{0}\" ไม่ได้ ให้เขียนเป็นเดือน เช่น \"ต.ค. - ธ.ค. 67\", \"มิ.ย. 68\", \"ต.ค., ม.ค., เม.ย.\" หรือ \"ไตรมาส 2\" กิจกรรมนี้จึงยังไม่มีกำหนดเดือน",
			"the months in \"{0}\" cannot be read: write them as months, such as \"ต.ค. - ธ.ค. 67\", \"มิ.ย. 68\", \"ต.ค., ม.ค., เม.ย.\" or \"ไตรมาส 2\"; the activity has no month until then"),
	PLAN_NO_ACTIVITIES(ERROR, "ตารางแผนไม่มีกิจกรรม", "the plan table has no activities"),
	PLAN_ACTIVITY_DUPLICATE(ERROR, "กิจกรรมลำดับที่ {0} ซ้ำ (มีแล้วที่ {1})", "activity number {0} appears twice (first at {1})"),
	PLAN_MONTHS_FROM_SHADING(WARNING, "ไม่มีเครื่องหมายในคอลัมน์เดือน จึงอ่านเดือนที่ดำเนินการจากช่องที่ระบายสีไว้ โปรดตรวจสอบเดือนของแต่ละกิจกรรมในรายงาน",
			"the month columns hold no marks, so the months were read from the shaded cells; please check each activity''s months in the report"),
	PLAN_ACTIVITY_UNSCHEDULED(WARNING, "กิจกรรม {0} ไม่ได้ทำเครื่องหมายเดือนที่ดำเนินการ", "activity {0} has no month marked"),
	PROGRESS_CHANGED(WARNING, "ผลการดำเนินงานเดือน{1} ของ {0} ต่างจากที่ได้รับก่อนหน้า: {2} รายงานของเดือน{1} ที่จัดทำไปแล้วจะจัดทำใหม่เมื่อประมวลผลเดือนนั้น ถ้าครั้งนี้ประมวลผลเดือนอื่น ให้ใช้ \"ประมวลผลทันที\" เลือกหน่วยงานและเดือนเพื่อจัดทำใหม่ (หรือคำสั่ง run ระบุ --month {5} โดยมีไฟล์นี้อยู่ในโฟลเดอร์นำเข้า)",
			"{0}''s progress for {3} differs from what was received before: {4}; a report of {3} already made is made again by a run for that month: if this run is for another month, use \"Run now\" with the unit and month to make it again (or the run command with --month {3}, this file in its input folder)"),
	// "…this file in the input folder": the one-shot command makes again only the units of its folder's files
	// and those with no report yet (a retrial ran it on an empty folder and nothing was made).
	PROGRESS_AFTER_REPORT(WARNING, "ผลการดำเนินงานเดือน{1} ของ {0} ได้รับหลังจากจัดทำรายงานของเดือน{1} และเลยกำหนดส่งแล้ว รายงานที่จัดทำไว้จึงยังไม่มีผลนี้ ให้ใช้ \"ประมวลผลทันที\" เลือกหน่วยงานและเดือนเพื่อจัดทำใหม่ (หรือคำสั่ง run ระบุ --month {3} โดยมีไฟล์นี้อยู่ในโฟลเดอร์นำเข้า)",
			"{0}''s progress for {2} arrived after the report of {2} was made and due: the report made then does not have it; use \"Run now\" with the unit and month to make it again (or the run command with --month {2}, this file in its input folder)"),
	PLAN_OUTSIDE_PERIOD(WARNING, "กิจกรรม {0} กำหนดดำเนินการเดือน {1} ซึ่งอยู่นอกระยะเวลาของแผน ({2})",
			"activity {0} is scheduled in {3}, outside the plan''s period ({4})"),
	BUDGET_INVALID(WARNING, "งบประมาณ \"{0}\" ไม่ใช่ตัวเลข จะแสดงตามที่เขียนไว้", "budget \"{0}\" is not a number; it is shown as written"),

	PROGRESS_UNKNOWN_ACTIVITY(WARNING, "ไม่พบกิจกรรม \"{0}\" ในแผนปฏิบัติการ แถวนี้จึงไม่ถูกนำไปใช้ (ส่วนอื่นของไฟล์ยังใช้ได้)",
			"activity \"{0}\" is not in the plan; this row is not used (the rest of the file is)"),
	PROGRESS_ACTIVITY_READ_AS(WARNING, "กิจกรรม \"{0}\" เขียนไม่ตรงกับแผน จึงอ่านเป็นกิจกรรมที่ {1} \"{2}\" ของแผน ถ้าไม่ใช่ ให้เขียนชื่อกิจกรรมตามแผน",
			"activity \"{0}\" is not written as in the plan and is read as the plan''s activity {1} \"{2}\"; if that is wrong, write the activity as the plan does"),
	PROGRESS_NO_PLAN(ERROR, "ไม่พบแผนปฏิบัติการของ {0} ปีงบประมาณ {1} สำหรับผลการดำเนินงานนี้",
			"no action plan of {0} for fiscal year {1} was found for this progress"),
	PROGRESS_OUTSIDE_PLAN_YEAR(WARNING, "ผลการดำเนินงานของ {0} ในปีงบประมาณ {1} ({2} แถว เริ่มที่แถวนี้) อยู่นอกปีของแผนปฏิบัติการ "
			+ "(ปีงบประมาณ {3}) จึงไม่ถูกนำไปใช้ ส่วนอื่นของไฟล์ยังใช้ได้ ตรวจสอบเดือนของแถวเหล่านี้",
			"{0}''s progress of fiscal year {1} ({2} row(s), from this one) is outside the action plan''s year (fiscal year {3}), "
					+ "so it is not used (the rest of the file is); check these rows'' months"),
	PROGRESS_STATUS_UNKNOWN(WARNING, "ไม่รู้จักสถานะ \"{0}\" (ใช้ ดำเนินการแล้ว / อยู่ระหว่างดำเนินการ / ยังไม่ดำเนินการ) แถวนี้จึงไม่ถูกนำไปใช้",
			"unknown status \"{0}\" (use done / in progress / not started); this row is not used"),
	PROGRESS_MONTH_MISSING(WARNING, "ไม่ทราบเดือนของผลการดำเนินงาน ให้เพิ่มคอลัมน์เดือน หรือระบุ \"เดือน: …\" เหนือตาราง แถวเหล่านี้จึงไม่ถูกนำไปใช้",
			"the month of this progress is unknown; add a month column or write \"เดือน: …\" above the table; its rows are not used"),
	PROGRESS_MONTH_INVALID(WARNING, "เดือน \"{0}\" อ่านไม่ได้ (ตัวอย่าง: มิ.ย. 2564) แถวนี้จึงไม่ถูกนำไปใช้",
			"month \"{0}\" cannot be read (e.g. มิ.ย. 2564); this row is not used"),
	PROGRESS_DUPLICATE(WARNING, "ผลการดำเนินงานของกิจกรรม {0} เดือน {1} ซ้ำ ใช้แถวหลังสุด",
			"progress of activity {0} for {2} appears twice; the last row is used"),
	SURVEY_ANSWER_UNKNOWN(ERROR, "คำตอบ \"{0}\" ไม่ใช่ตัวเลือกของข้อ {1} (ตัวเลือก: {2})",
			"answer \"{0}\" is not a choice of question {1} (choices: {2})"),
	SURVEY_QUESTIONS_MISSING(WARNING, "แบบสอบถามไม่มีคอลัมน์ของข้อ {0}", "the export has no column for question(s) {0}"),
	SURVEY_QUESTIONS_BY_NUMBER(WARNING, "หัวคอลัมน์คำถามไม่มีรหัสข้อ (เช่น I1) จึงอ่านตามเลขข้อ {0} เป็นข้อ {1} ของแบบวัด หากเลขข้อในแบบฟอร์มไม่ตรงกับแบบวัด ให้ใส่รหัสข้อหน้าคำถาม เช่น \"I1 บุคลากร…\"",
			"the question headers carry no codes (such as I1), so questions numbered {0} are read as {1} of the questionnaire; if the form numbers them otherwise, put each question''s code before it, e.g. \"I1 บุคลากร…\""),
	SURVEY_DUPLICATE(WARNING, "แถวนี้ซ้ำกับแถวก่อนหน้า (เวลาและคำตอบเดียวกัน) จึงนับครั้งเดียว",
			"this row repeats an earlier one (same time and answers); it is counted once"),
	SURVEY_ROUND_UNKNOWN(ERROR, "ไม่ทราบรอบการประเมินของแบบสอบถาม ให้ระบุในชื่อไฟล์ เช่น \"IIT รอบ 2 2564.xlsx\" หรือให้มีคอลัมน์ประทับเวลา",
			"the round of the survey is unknown; name it in the file name (e.g. \"IIT round 2 2564.xlsx\") or keep the timestamp column"),
	SURVEY_TIMES_UNREAD(ERROR, "ไม่ทราบรอบการประเมินของแบบสอบถาม: อ่านวันที่ในคอลัมน์ประทับเวลาไม่ได้ ให้ระบุรอบในชื่อไฟล์ เช่น \"IIT รอบ 2 2564.xlsx\" หรือจัดรูปแบบคอลัมน์นั้นเป็นวันที่",
			"the round of the survey is unknown: the dates of the timestamp column cannot be read; name the round in the file name (e.g. \"IIT round 2 2564.xlsx\") or format that column as dates"),
	SURVEY_UNIT_FROM_CONFIGURATION(WARNING, "แบบสอบถามไม่มีคอลัมน์สังกัด จึงนับผู้ตอบทั้งหมดเป็นของ \"{0}\" ที่ตั้งค่าไว้ หากไม่ใช่ ให้เพิ่มคอลัมน์ สังกัด หรือ หน่วยงาน (อ่านเฉพาะชีตแรกของไฟล์: แบบสอบถามของแต่ละหน่วยงานให้แยกไฟล์ หรือรวมในชีตเดียวพร้อมคอลัมน์สังกัด)",
			"the export has no unit column, so every respondent is counted for the configured unit \"{0}\"; if that is wrong, add a สังกัด or หน่วยงาน column (only the file''s first sheet is read: give each unit its own file, or one sheet with a unit column)"),
	SURVEY_ROUND_FROM_DATES(WARNING, "ชื่อไฟล์ไม่ได้ระบุรอบการประเมิน จึงถือเป็นรอบที่ {0} ปีงบประมาณ {1} ซึ่งประกาศผลใกล้เดือนที่ตอบมากที่สุด ({2}) หากไม่ใช่ ให้ระบุรอบในชื่อไฟล์ เช่น \"IIT รอบ 1 {1}.xlsx\"",
			"the file name names no round, so the export is taken as round {0} of FY {1}, whose results come nearest the month most answered ({3}); if that is wrong, name the round in the file name (e.g. \"IIT round 1 {1}.xlsx\")"),
	SURVEY_DATES_MONTH_FIRST(WARNING, "เวลาที่ตอบเขียนแบบเดือน/วัน/ปี (เช่น 6/1/2025 คือ 1 มิถุนายน 2025 ตามที่ Google Sheets ดาวน์โหลด) จึงอ่านแบบนั้น: คำตอบอยู่ใน {0} เดือน แทนที่จะกระจายไป {1} เดือนหากอ่านแบบวัน/เดือน/ปี หากไม่ใช่ ให้ระบุรอบในชื่อไฟล์ เช่น \"IIT รอบ 2 2568.csv\"",
			"the times answered are written month/day/year (6/1/2025 for 1 June 2025, as Google Sheets downloads them), so they are read so: the answers fall in {0} month(s), where read day/month/year they would spread over {1}; if that is wrong, name the round in the file name (e.g. \"IIT round 2 2568.csv\")"),
	SURVEY_UNIT_FROM_FILE_NAME(WARNING, "แบบสอบถามไม่มีคอลัมน์สังกัด จึงนับผู้ตอบทั้งหมดเป็นของ \"{0}\" ตามชื่อไฟล์ หากไม่ใช่ ให้เพิ่มคอลัมน์ สังกัด หรือ หน่วยงาน",
			"the export has no unit column, so every respondent is counted for \"{0}\", which its file name names; if that is wrong, add a สังกัด or หน่วยงาน column"),
	SURVEY_FILE_NAME_UNIT_NOT_USED(WARNING, "ชื่อไฟล์ระบุ \"{0}\" แต่ยังไม่มีทะเบียนหน่วยงาน จึงนับผู้ตอบเป็นของ \"{1}\" ตามที่ตั้งค่าไว้ (ita.defaults.unit) หากแบบสอบถามนี้เป็นของ \"{0}\" ให้ตั้งค่า ita.defaults.unit เป็นหน่วยงานนี้ หรือเพิ่มทะเบียนหน่วยงาน",
			"the file''s name names \"{0}\", but there is no register of units, so the respondents count for \"{1}\" as configured (ita.defaults.unit); if the survey is \"{0}\"''s, set ita.defaults.unit to it or add a register of units"),
	SURVEY_UNIT_MISSING(ERROR, "แบบสอบถามไม่มีคอลัมน์สังกัด และชื่อไฟล์ไม่ได้ระบุหน่วยงาน ให้เพิ่มคอลัมน์ สังกัด หรือ หน่วยงาน หรือระบุหน่วยงานในชื่อไฟล์",
			"the export has no unit column and its file name names no unit; add a สังกัด or หน่วยงาน column, or name the unit in the file name"),
	SURVEY_UNIT_BLANK(WARNING, "ผู้ตอบ {0} คนไม่ได้ระบุหน่วยงาน (ช่องสังกัดว่างหรือตอบว่าไม่ทราบ เช่นแถวนี้) จึงไม่นับเป็นของหน่วยงานใด",
			"{0} respondent(s) named no unit (the unit left blank or answered as unknown, as on this row), so they count for no unit"),
	SURVEY_UNIT_GROUPS(WARNING, "คอลัมน์สังกัดระบุชื่ออื่น ({1}) ที่ไม่ได้ลงทะเบียนเป็นหน่วยงาน จึงถือเป็นกลุ่มงานหรือชื่อเรียกอื่นของ \"{0}\" ตามชื่อไฟล์ และนับผู้ตอบเหล่านี้เป็นของ \"{0}\" หากเป็นหน่วยงานแยกกัน ให้ลงทะเบียนหน่วยงานเหล่านั้น (ita.units)",
			"the unit column names others ({1}) that are no registered unit, taken as groups or other names of \"{0}\", which the file''s name names: their respondents count for \"{0}\"; if they are units of their own, register them (ita.units)"),
	SURVEY_UNITS_AS_TYPED(WARNING, "คอลัมน์สังกัดระบุ {0} ชื่อ ({1}) และยังไม่มีทะเบียนหน่วยงาน จึงรายงานแต่ละชื่อเป็นหน่วยงานแยกกัน หากเป็นชื่อย่อหรือกลุ่มงานของหน่วยงานเดียวกัน ให้เพิ่มทะเบียนหน่วยงาน (ita.units) และระบุหน่วยงานในชื่อไฟล์ (เช่น \"IIT รอบ 2 2568 กองการเจ้าหน้าที่.xlsx\") แล้วกลุ่มงานที่ไม่ได้ลงทะเบียนจะนับเป็นของหน่วยงานนั้น",
			"the unit column names {0} units ({1}) and there is no register of units, so each is reported as a unit of its own; if they are one unit''s short names or groups, add a register of units (ita.units) and name the unit in the file''s name (e.g. \"IIT round 2 2568 กองการเจ้าหน้าที่.xlsx\"): its unregistered groups then count for it"),
	SURVEY_REFUSED_UNIT(WARNING, "ผู้ตอบของ{0} {1} คนในไฟล์นี้ยังไม่ได้นำมาคิดคะแนน จนกว่าจะแก้ไขข้อผิดพลาดของไฟล์แล้วส่งใหม่",
			"{1} respondent(s) of {0} in this file are not scored until the file''s errors are corrected and it is sent again"),
	SURVEY_NO_RESPONSES(ERROR, "แบบสอบถามไม่มีคำตอบ", "the export has no answers"),
	SURVEY_MORE_PROBLEMS(WARNING, "ยังมีปัญหาอีก {0} รายการที่ไม่ได้แสดง (แสดง {1} รายการแรก)",
			"{0} more problem(s) are not listed (the first {1} are)"),
	SURVEY_SAME_RESPONDENT(WARNING, "มีคำตอบ {0} รายการจากที่อยู่อีเมลที่ตอบไปแล้วในไฟล์นี้ (แถว {1}) ซึ่งนับเป็นผู้ตอบทุกครั้ง หากเป็นการส่งซ้ำของคนเดิม ให้ลบแถวที่ไม่ใช้ออกแล้วส่งไฟล์อีกครั้ง หรือตั้งค่าแบบฟอร์มให้ตอบได้ครั้งเดียว",
			"{0} response(s) came from an e-mail address that answered earlier in this file (rows {1}), each counted as a respondent; if they are one person''s resubmissions, delete the rows not to count and send the file again, or set the form to take one response each"),
	SURVEY_TEXT_GARBLED(WARNING, "ข้อความภาษาไทยในไฟล์นี้อ่านไม่ออก (เช่น \"เธกเธฒเธ\" แทน \"มาก\") เพราะไฟล์ CSV ถูกเปิดใน Excel ด้วยการดับเบิลคลิกแล้วบันทึกทับ ให้ส่งไฟล์ CSV ที่ดาวน์โหลดมาโดยไม่เปิดแก้ไข หรือดาวน์โหลดเป็นไฟล์ Excel (.xlsx) แทน",
			"the file''s Thai text is garbled (\"เธกเธฒเธ\" for \"มาก\"): the CSV was opened in Excel by a double click and saved over; send the CSV as downloaded, unopened, or download the responses as an Excel workbook (.xlsx) instead"),
	SURVEY_FIVE_LEVELS(WARNING, "มีคำตอบ \"ปานกลาง\" ซึ่งเป็นระดับกลางของมาตรวัด 5 ระดับ แต่แบบวัดการรับรู้ของ ITA ใช้ 4 ระดับ (น้อยที่สุดหรือไม่มีเลย / น้อย / มาก / มากที่สุด) หากแบบฟอร์มของหน่วยงานถาม 5 ระดับโดยตั้งใจ ให้กำหนดมาตรวัดและคะแนนของแต่ละระดับใน ita.survey.scales และ ita.survey.default-scale (README หัวข้อ Configuration) แล้วส่งไฟล์อีกครั้ง",
			"answers include \"ปานกลาง\", the middle of a five-level scale, but the ITA''s perception survey has four levels (น้อยที่สุดหรือไม่มีเลย / น้อย / มาก / มากที่สุด); if the unit''s form asks on five levels on purpose, give that scale and its points in ita.survey.scales and ita.survey.default-scale (README, Configuration) and send the file again"),
	SURVEY_ANSWER_REPEATED(ERROR, "คำตอบ \"{0}\" ของข้อ {1} พบอีก {2} เซลล์ในคอลัมน์เดียวกัน{3}",
			"the answer \"{0}\" to question {1} appears in {2} more cell(s) of its column{3}"),
	SURVEY_NO_OPINION(WARNING, "คำตอบ {0} รายการระบุว่าไม่ทราบหรือไม่ตอบ (เช่น ไม่ทราบ ไม่ตอบ ไม่แสดงความคิดเห็น) จึงไม่นำมาคิดคะแนน เช่นเดียวกับข้อที่เว้นว่าง",
			"{0} answer(s) say the respondent gave none (such as ไม่ทราบ, ไม่ตอบ, ไม่แสดงความคิดเห็น); like blanks they are not scored"),
	SURVEY_ANSWERS_NUMBERED(WARNING, "คำตอบ {0} รายการเป็นตัวเลข จึงอ่านเป็นลำดับของตัวเลือก: {1} หากแบบฟอร์มเรียงลำดับต่างจากนี้ ให้ส่งออกคำตอบเป็นข้อความ",
			"{0} answer(s) are numbers, read as the choices in order: {1}; if the form ordered them otherwise, export the answers as text"),
	NUMBER_INVALID(WARNING, "\"{0}\" ในคอลัมน์ {1} ต้องเป็นตัวเลข จึงไม่ถูกนำไปใช้", "\"{0}\" in column {1} must be a number; it is not used"),
	// A report template the planning office restyled: each mistake a trial made in one, where it is.
	TEMPLATE_UNREADABLE(ERROR, "เปิดแม่แบบนี้ไม่ได้: {0}", "this template cannot be opened: {1}"),
	TEMPLATE_OUTSIDE_AREA(ERROR, "{0} อยู่นอกพื้นที่ที่ความเห็น jx:area กำหนด{1} จึงจะพิมพ์ออกมาตามที่เขียนไว้ ให้แก้ lastCell ของความเห็น jx:area ให้ครอบเซลล์นี้ (หรือใส่ความเห็นนั้นกลับที่ A1 ของชีต) ถ้าตั้งใจให้พิมพ์ตามที่เขียน ให้เขียนโดยไม่มี ${",
			"{0} lies outside the area a jx:area comment marks{2}, so it would be printed as written: set that jx:area''s lastCell to cover this cell (or put the comment back on the sheet''s A1); if it is meant as written, write it without ${"),
	TEMPLATE_LAST_CELL(ERROR, "ความเห็น {0} ที่เซลล์นี้ระบุ lastCell=\"{1}\" ซึ่งอยู่ก่อนเซลล์นี้ (มีการแทรกแถวหรือคอลัมน์เหนือตาราง?) ให้แก้ lastCell เป็นเซลล์มุมขวาล่างของส่วนนี้",
			"the {0} comment on this cell gives lastCell=\"{1}\", which is above or left of the cell itself (were rows or columns inserted above the table?): set lastCell to the bottom-right cell of its block"),
	TEMPLATE_COMMAND_UNKNOWN(ERROR, "ความเห็นที่เซลล์นี้มีคำสั่ง {0} ซึ่ง JXLS ไม่รู้จัก{1} จึงเติมรายงานไม่ได้ (คำสั่งที่มี: {2})",
			"the comment on this cell has the command {0}, which JXLS does not know{3}, so the report cannot be filled (the commands are: {2})"),
	// JXLS says why in English only: the Thai half says what to look at, then quotes it.
	TEMPLATE_NOT_FILLED(ERROR,
			"เติมข้อมูลลงแม่แบบนี้ไม่ได้ ให้ตรวจคำสั่ง jx: ในความเห็นของเซลล์ หรือนิพจน์ ${…} ที่ข้อความของ JXLS (ภาษาอังกฤษ) ต่อไปนี้ระบุ หรือกลับไปใช้แม่แบบที่มากับโปรแกรม: {0}",
			"this template could not be filled; check the jx: command in a cell's note or the ${…} expression that JXLS's words after the colon name, or go back to the template shipped with ITA Batch: {1}"),
	TEMPLATE_COMMAND_UNCLOSED(ERROR, "ความเห็น {0} ที่เซลล์นี้ไม่มีวงเล็บปิด ) ท้ายคำสั่ง หรือมีเครื่องหมายคำพูดที่ไม่ได้ปิด JXLS จึงเติมไม่ได้ หรืออ่านคำสั่งถัดไปรวมเข้าไปด้วย ให้ตรวจว่าค่าทุกค่าอยู่ในเครื่องหมายคำพูดคู่หนึ่ง และมี ) ต่อจากค่าสุดท้าย",
			"the {0} comment on this cell has no closing bracket ) after its values, or a quote left open, so JXLS fails on it or reads the next command into it: see that each value is between one pair of quotes and that ) follows the last"),
	TEMPLATE_LAST_CELL_MISSING(ERROR, "ความเห็น {0} ที่เซลล์นี้ไม่มี lastCell ที่ระบุเซลล์{1} จึงเติมรายงานไม่ได้ ให้ระบุ lastCell เป็นเซลล์มุมขวาล่างของส่วนนี้ เช่น lastCell=\"K8\"",
			"the {0} comment on this cell has no lastCell naming a cell{1}, so the report cannot be filled: give lastCell as the bottom-right cell of its block, such as lastCell=\"K8\""),
	TEMPLATE_LIST_UNKNOWN(ERROR, "ความเห็น jx:each ระบุ items=\"{0}\" ซึ่งไม่มีในข้อมูลของรายงานนี้ แถวของตารางจะไม่ถูกพิมพ์{1} (รายการที่มี: {2})",
			"the jx:each comment gives items=\"{0}\", which this report''s data do not have, so the table''s rows would not be printed{3} (the lists are: {2})"),
	TEMPLATE_NAME_UNKNOWN(ERROR, "ไม่มี {0} ในข้อมูลของรายงานนี้ ช่องนี้จะว่างเปล่า{1}", "this report''s data have no {0}: it would be printed blank{2}"),
	TEMPLATE_EXPRESSION(ERROR, "นิพจน์ {0} เขียนไม่ถูกต้อง (ตรวจเครื่องหมายและวงเล็บ): {1}", "the expression {0} is not well formed (check its signs and brackets): {1}"),
	TEMPLATE_TABLE_ROW(ERROR, "แท็ก {0} ต้องอยู่ในแถวของตารางที่มีแถวถัดไปให้ทำซ้ำ (แถวที่มีช่อง [..] ของแต่ละรายการ) {1}",
			"the tag {0} must be in a table row with a row below it to repeat for each item (the row with the item''s [..] cells), {2}");

	private static final int LONGEST_QUOTE = 200;

	private final Severity severity;

	private final String thai;

	private final String english;

	MessageCode(Severity severity, String thai, String english) {
		this.severity = severity;
		this.thai = thai;
		this.english = english;
	}

	/** The message that tells the user why their file could not be read as a workbook. */
	public static MessageCode of(UnreadableWorkbookException.Reason reason) {
		return switch (reason) {
			case NOT_A_WORKBOOK -> FILE_FORMAT;
			case ENCRYPTED -> FILE_ENCRYPTED;
			case DAMAGED -> FILE_CORRUPT;
			case TOO_LARGE -> FILE_TOO_LARGE;
		};
	}

	public Severity severity() {
		return severity;
	}

	public String thai(Object... args) {
		return fill(thai, args);
	}

	public String english(Object... args) {
		return fill(english, args);
	}

	// Not MessageFormat: it would group digits ("1,234") and treat apostrophes as quotes.
	private static String fill(String template, Object... args) {
		String text = template.replace("''", "'");
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", shortened(String.valueOf(args[i])));
		}
		return text;
	}

	/** What a cell says, quoted in a message: a 30,000-character cell is named by its start. */
	private static String shortened(String value) {
		return value.length() <= LONGEST_QUOTE ? value : value.substring(0, LONGEST_QUOTE) + "…";
	}
}
