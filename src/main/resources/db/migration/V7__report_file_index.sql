-- A report's documents are looked up by their report (the unit page, the reports page, every
-- download). HSQLDB indexes a foreign key itself; PostgreSQL does not, and scanned the table.
CREATE INDEX IF NOT EXISTS ita_report_file_report ON ita_report_file (report_id);
CREATE INDEX IF NOT EXISTS ita_department_file_report ON ita_department_file (department_report_id);
