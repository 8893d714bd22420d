-- The read model (ARCHITECTURE.md "Storage"): rows derived from the case event log, written in the same
-- transaction as the events they derive from (the group-commit writer's participants), and rebuilt from the
-- log by `rebuild-read-model`. Lists, searches and dashboards read these; nothing here is the record.

-- One row per case: what lists show (SanXiang.Domain.Cases.CaseSummary). next_due is the earliest running
-- deadline, the one that decides whether the case is overdue on a given day. search_grams are the title's and
-- the party's characters and bigrams (SanXiang.Domain.Search.SearchGrams), search_text their normalised text
-- for the exact check after the index.
CREATE TABLE case_summaries
(
    tenant            text        NOT NULL,
    case_id           text        NOT NULL,
    title             text        NOT NULL,
    category          text        NOT NULL,
    status            text        NOT NULL,
    current_step_id   text,
    current_step_name text,
    party_name        text        NOT NULL,
    party_kind        text        NOT NULL,
    party_code        text,
    officers          text        NOT NULL,
    opened_at         timestamptz NOT NULL,
    closed_at         timestamptz,
    updated_at        timestamptz NOT NULL,
    next_due          date,
    open_deadlines    text        NOT NULL,
    last_seq          bigint      NOT NULL,
    search_grams      text[]      NOT NULL,
    search_title      text        NOT NULL,
    search_party      text        NOT NULL,
    PRIMARY KEY (tenant, case_id)
);

CREATE INDEX case_summaries_by_opening ON case_summaries (tenant, opened_at DESC, case_id DESC);
CREATE INDEX case_summaries_by_due ON case_summaries (tenant, status, next_due);
CREATE INDEX case_summaries_search ON case_summaries USING gin (search_grams);

-- Who acts on which case, for 我的案件 and the officer filter, in list order.
CREATE TABLE case_summary_officers
(
    tenant     text        NOT NULL,
    officer_id text        NOT NULL,
    case_id    text        NOT NULL,
    opened_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant, officer_id, case_id)
);

CREATE INDEX case_summary_officers_by_opening ON case_summary_officers (tenant, officer_id, opened_at DESC, case_id DESC);

-- Every running deadline of an open case, for "due within N days" (the case's earliest is next_due).
CREATE TABLE case_summary_deadlines
(
    tenant  text NOT NULL,
    case_id text NOT NULL,
    due     date NOT NULL
);

CREATE INDEX case_summary_deadlines_by_case ON case_summary_deadlines (tenant, case_id, due);
