-- An activity's numbering as its plan writes it ("1.2"): a plan of sub-activities is numbered in
-- order for the report, and progress that names "1.2" or "2" is matched by the plan's own numbers.
ALTER TABLE ita_activity ADD COLUMN IF NOT EXISTS activity_label VARCHAR(20);
