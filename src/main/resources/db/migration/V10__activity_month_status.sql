-- Where an activity stands in this month's and next month's lists, which may differ from its status
-- among the activities due: a quarter's activity done in April is not done in July's list (a trial).
-- The month of the progress row its status is from: a status of May's row read in June's report says so.
-- Rows stored before: both statuses empty (read as the status), the month unknown.
ALTER TABLE ita_activity_status ADD COLUMN IF NOT EXISTS this_month_status VARCHAR(20);
ALTER TABLE ita_activity_status ADD COLUMN IF NOT EXISTS next_month_status VARCHAR(20);
ALTER TABLE ita_activity_status ADD COLUMN IF NOT EXISTS status_month VARCHAR(7);
