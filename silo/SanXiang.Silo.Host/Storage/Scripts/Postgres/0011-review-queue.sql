-- The legal-review queue (重大执法决定法制审核, issue 10): one row per case whose current proposal is submitted for
-- review and waits for an opinion (with the reviewer, or suspended for supplements). Part of the read model: written
-- by the append's own transaction (SanXiang.Silo.Grains.ReadModel.ReviewQueueTable), rebuilt from the event log by
-- `rebuild-read-model`.
CREATE TABLE review_queue
(
    tenant           text        NOT NULL,
    case_id          text        NOT NULL,
    title            text        NOT NULL,
    party_name       text        NOT NULL,
    proposal_summary text        NOT NULL,
    submitted_at     timestamptz NOT NULL,
    due              date,
    suspended        boolean     NOT NULL,
    supply_by        date,
    reviewer_id      text,
    reviewer_name    text,
    reviewer_account text,
    PRIMARY KEY (tenant, case_id)
);

-- Oldest submission first, for the whole queue and for one reviewer's.
CREATE INDEX review_queue_by_submission ON review_queue (tenant, submitted_at, case_id);
CREATE INDEX review_queue_by_reviewer ON review_queue (tenant, reviewer_account, submitted_at, case_id);
