-- Every unit's report job and every page ask which register is current and read its units by the
-- register's input: HSQLDB indexes the foreign key itself, PostgreSQL does not.
CREATE INDEX IF NOT EXISTS ita_unit_input ON ita_unit (input_id, seq);
