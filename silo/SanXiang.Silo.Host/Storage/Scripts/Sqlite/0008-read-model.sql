-- The read model (ARCHITECTURE.md "Storage"): rows derived from the case event log, written in the same
-- transaction as the events they derive from (the group-commit writer's participants), and rebuilt from the
-- log by `rebuild-read-model`. Lists, searches and dashboards read these; nothing here is the record.

-- One row per case: what lists show (SanXiang.Domain.Cases.CaseSummary). Times as the event log writes them
-- (yyyy-MM-ddTHH:mm:ss.ffffffZ, so text order is time order); next_due is the earliest running deadline
-- (yyyy-MM-dd), the one that decides whether the case is overdue on a given day.
CREATE TABLE case_summaries
(
    tenant            TEXT    NOT NULL,
    case_id           TEXT    NOT NULL,
    title             TEXT    NOT NULL,
    category          TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    current_step_id   TEXT,
    current_step_name TEXT,
    party_name        TEXT    NOT NULL,
    party_kind        TEXT    NOT NULL,
    party_code        TEXT,
    officers          TEXT    NOT NULL,
    opened_at         TEXT    NOT NULL,
    closed_at         TEXT,
    updated_at        TEXT    NOT NULL,
    next_due          TEXT,
    open_deadlines    TEXT    NOT NULL,
    last_seq          INTEGER NOT NULL,
    PRIMARY KEY (tenant, case_id)
);

CREATE INDEX case_summaries_by_opening ON case_summaries (tenant, opened_at DESC, case_id DESC);
CREATE INDEX case_summaries_by_due ON case_summaries (tenant, status, next_due);

-- Who acts on which case, for 我的案件 and the officer filter, in list order.
CREATE TABLE case_summary_officers
(
    tenant     TEXT NOT NULL,
    officer_id TEXT NOT NULL,
    case_id    TEXT NOT NULL,
    opened_at  TEXT NOT NULL,
    PRIMARY KEY (tenant, officer_id, case_id)
);

CREATE INDEX case_summary_officers_by_opening ON case_summary_officers (tenant, officer_id, opened_at DESC, case_id DESC);

-- Every running deadline of an open case, for "due within N days" (the case's earliest is next_due).
CREATE TABLE case_summary_deadlines
(
    tenant  TEXT NOT NULL,
    case_id TEXT NOT NULL,
    due     TEXT NOT NULL
);

CREATE INDEX case_summary_deadlines_by_case ON case_summary_deadlines (tenant, case_id, due);

-- Text search over titles and parties (SanXiang.Domain.Search.SearchGrams: characters then bigrams, as
-- tokens); the rowid is the case_summaries row's.
CREATE VIRTUAL TABLE case_summary_search USING fts5(title, party, tokenize = 'unicode61');
