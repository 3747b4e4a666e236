-- The activity's text as the report stated it: the unit's page shows a stored report without
-- reading the plan again (rows stored before this column show the activity's number alone).
ALTER TABLE ita_activity_status ADD COLUMN IF NOT EXISTS activity_text VARCHAR(32767);
CREATE INDEX IF NOT EXISTS ita_activity_status_report ON ita_activity_status (report_id);
