-- Each unit's report asks for the workbooks naming it that were refused since the fiscal year began:
-- by status, of a thousand units' inputs, without a scan of every input for each of them.
CREATE INDEX IF NOT EXISTS ita_input_status ON ita_input (status, arrived_at);
