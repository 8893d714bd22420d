-- 我的案件 in SQL: an officer's cases overdue first, then by the nearest deadline, then by filing, over all of them
-- (the list used to sort a fetched page in memory, so an overdue case beyond the first page never came first).
-- The officer's rows keep what that order needs beside them, written with the case's summary in the append's
-- transaction: the case's status and its due order, the next running deadline of an open case or 9999-12-31 for
-- none (never null, so the order and the cursor compare alike on both databases; CaseSummaryColumns.DueOrder).
ALTER TABLE case_summary_officers ADD COLUMN status TEXT NOT NULL DEFAULT 'Open';
ALTER TABLE case_summary_officers ADD COLUMN due_order TEXT NOT NULL DEFAULT '9999-12-31';

UPDATE case_summary_officers
SET status    = COALESCE((SELECT s.status FROM case_summaries s WHERE s.tenant = case_summary_officers.tenant AND s.case_id = case_summary_officers.case_id), status),
    due_order = COALESCE((SELECT CASE WHEN s.status = 'Open' THEN s.next_due END FROM case_summaries s WHERE s.tenant = case_summary_officers.tenant AND s.case_id = case_summary_officers.case_id), '9999-12-31');

-- One officer's open cases in that order, from any cursor on: one index range, no sort.
CREATE INDEX case_summary_officers_by_due ON case_summary_officers (tenant, officer_id, status, due_order, opened_at, case_id);
