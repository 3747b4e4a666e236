-- Rows of every table of a data folder written by the last release before the schema migrations
-- (ita-schema-release-f3419f9.sql): one used input with its scores, plan, progress, register and
-- report, one input rejected, and the report's completed run in Spring Batch's tables.
INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (7, 0, 'monthlyReportJob', 'd41d8cd98f00b204e9800998ecf8427e');
INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME, END_TIME, STATUS, EXIT_CODE, EXIT_MESSAGE, LAST_UPDATED)
  VALUES (9, 2, 7, TIMESTAMP '2026-11-01 06:00:00', TIMESTAMP '2026-11-01 06:00:01', TIMESTAMP '2026-11-01 06:00:09', 'COMPLETED', 'COMPLETED', '', TIMESTAMP '2026-11-01 06:00:09');
INSERT INTO ita_input (id, sha256, file_name, source, source_path, archive_path, size_bytes, arrived_at, received_by, status, kinds, job_instance_id, read_at)
  VALUES (1, '1111111111111111111111111111111111111111111111111111111111111111', 'คะแนน ITA กองคลัง.xlsx', 'FOLDER', '/srv/ita/input/คะแนน ITA กองคลัง.xlsx', '/srv/ita/data/archive/1.xlsx', 10240, TIMESTAMP '2026-10-31 09:00:00', NULL, 'USED', 'SCORES,PLAN,PROGRESS,UNITS', 6, TIMESTAMP '2026-10-31 09:00:05');
INSERT INTO ita_input (id, sha256, file_name, source, source_path, archive_path, size_bytes, arrived_at, received_by, status, kinds, job_instance_id, read_at, validation_report)
  VALUES (2, '2222222222222222222222222222222222222222222222222222222222222222', 'ผิด.xlsx', 'UPLOAD', 'ผิด.xlsx', '/srv/ita/data/archive/2.xlsx', 2048, TIMESTAMP '2026-10-31 10:00:00', 'editor', 'REJECTED', 'SCORES', 6, TIMESTAMP '2026-10-31 10:00:02', '/srv/ita/output/ผิด-validation.xlsx');
INSERT INTO ita_message (input_id, seq, severity, code, file_name, sheet_name, cell_ref, row_no, message_th, message_en)
  VALUES (2, 1, 'ERROR', 'SCORE_RANGE', 'ผิด.xlsx', 'คะแนน', 'C9', 9, 'คะแนนเกิน 100', 'Score over 100');
INSERT INTO ita_score (input_id, unit, fiscal_year, round_no, indicator_no, score, respondents, target, sheet_name, cell_ref, accepted)
  VALUES (1, 'กองคลัง', 2564, 1, 4, 87.9900, 30, 85, 'คะแนน', 'C9', TRUE);
INSERT INTO ita_score (input_id, unit, fiscal_year, round_no, indicator_no, score, sheet_name, cell_ref, accepted)
  VALUES (2, 'กองคลัง', 2564, 1, 4, 187.99, 'คะแนน', 'C9', FALSE);
INSERT INTO ita_plan (id, input_id, unit, fiscal_year, policy, period_start, period_end, accepted)
  VALUES (3, 1, 'กองคลัง', 2564, 'โปร่งใส', '2020-10', '2021-09', TRUE);
INSERT INTO ita_activity (plan_id, activity_no, activity_text, months, budget, sheet_name, cell_ref)
  VALUES (3, 1, 'เผยแพร่ข้อมูลจัดซื้อจัดจ้าง', '2020-10,2021-06', 5000.00, 'แผน', 'B5');
INSERT INTO ita_progress (input_id, seq, unit, fiscal_year, activity_ref, report_month, status, percent_done, sheet_name, cell_ref, accepted)
  VALUES (1, 1, 'กองคลัง', 2564, '1', '2021-06', 'IN_PROGRESS', 50, 'ผล', 'D7', TRUE);
INSERT INTO ita_unit (input_id, seq, code, name, parent, sheet_name, cell_ref, accepted)
  VALUES (1, 1, '01', 'กองคลัง', NULL, 'หน่วยงาน', 'A2', TRUE);
INSERT INTO ita_report (id, job_instance_id, inputs, unit, fiscal_year, report_month, file_path, history_path, latest_fiscal_year, latest_round, overall_score, narrative, created_at)
  VALUES (5, 7, '1', 'กองคลัง', 2564, '2021-06', '/srv/ita/output/ITA-report.xlsx', '/srv/ita/output/history/ITA-report.xlsx', 2564, 1, 87.9900, 'กองคลังผ่านเป้าหมาย', TIMESTAMP '2026-11-01 06:00:09');
INSERT INTO ita_indicator_result (report_id, indicator_no, score, target, gap, passed, rank_no, level_code)
  VALUES (5, 4, 87.9900, 85, 2.9900, TRUE, 1, 'A');
INSERT INTO ita_activity_status (report_id, activity_no, status, due, this_month, next_month, overdue)
  VALUES (5, 1, 'IN_PROGRESS', TRUE, TRUE, FALSE, FALSE);
INSERT INTO ita_report_file (report_id, seq, template_name, file_path, history_path)
  VALUES (5, 1, 'monthly', '/srv/ita/output/ITA-report.xlsx', '/srv/ita/output/history/ITA-report.xlsx');
