-- Each input's scores are asked for as it is accepted (what they replace), and accepting and
-- forgetting an input update and delete by it: HSQLDB indexes the foreign key itself, PostgreSQL does not.
CREATE INDEX IF NOT EXISTS ita_score_input ON ita_score (input_id);
