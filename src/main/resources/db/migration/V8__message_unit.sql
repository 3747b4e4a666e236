-- The unit a message is about, in a workbook of several units' rows (a scores workbook of the whole
-- department): a unit's report lists its own warnings and those about no unit, not every unit's.
-- Messages stored before name none, and stay in every report of their inputs as they were.
ALTER TABLE ita_message ADD COLUMN IF NOT EXISTS unit VARCHAR(32767);
