-- The legal-review queue (重大执法决定法制审核, issue 10): one row per case whose current proposal is submitted for
-- review and waits for an opinion (with the reviewer, or suspended for supplements). Part of the read model: written
-- by the append's own transaction (SanXiang.Silo.Grains.ReadModel.ReviewQueueTable), rebuilt from the event log by
-- `rebuild-read-model`. Times as case_summaries holds them; due and supply_by as yyyy-MM-dd.
CREATE TABLE review_queue
(
    tenant           TEXT    NOT NULL,
    case_id          TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    party_name       TEXT    NOT NULL,
    proposal_summary TEXT    NOT NULL,
    submitted_at     TEXT    NOT NULL,
    due              TEXT,
    suspended        INTEGER NOT NULL,
    supply_by        TEXT,
    reviewer_id      TEXT,
    reviewer_name    TEXT,
    reviewer_account TEXT,
    PRIMARY KEY (tenant, case_id)
);

-- Oldest submission first, for the whole queue and for one reviewer's.
CREATE INDEX review_queue_by_submission ON review_queue (tenant, submitted_at, case_id);
CREATE INDEX review_queue_by_reviewer ON review_queue (tenant, reviewer_account, submitted_at, case_id);
