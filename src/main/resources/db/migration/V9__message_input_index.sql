-- The inputs page counts each listed input's warnings, and an input's page lists its messages, by the
-- input. HSQLDB indexes a foreign key itself; PostgreSQL does not, and scanned every message (a review).
CREATE INDEX IF NOT EXISTS ita_message_input ON ita_message (input_id, severity);
