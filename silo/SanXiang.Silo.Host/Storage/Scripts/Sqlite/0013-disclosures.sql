-- After-decision disclosure (事后公开, issue 11): one row per case whose decision is made — the draft with its due day,
-- or the decision withheld, published, corrected or withdrawn. Part of the read model: written by the append's own
-- transaction (SanXiang.Silo.Grains.ReadModel.DisclosureTable), rebuilt from the event log by `rebuild-read-model`.
-- The staff's columns (case_title, party_name, document_number) hold the case as filed; the public's (record, pub_*)
-- only the masked record as published, and only once it is. list_at orders a status's list: a draft's due day (overdue
-- first), else the time of its status. search_number is the published number's normalised text. Times as
-- case_summaries holds them; days as yyyy-MM-dd.
CREATE TABLE disclosures
(
    tenant              TEXT    NOT NULL,
    case_id             TEXT    NOT NULL,
    case_title          TEXT    NOT NULL,
    party_name          TEXT    NOT NULL,
    category            TEXT    NOT NULL,
    decided_on          TEXT    NOT NULL,
    document_number     TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    due                 TEXT,
    due_error           TEXT,
    bar                 TEXT,
    bar_reason          TEXT,
    status_at           TEXT    NOT NULL,
    list_at             TEXT    NOT NULL,
    published_at        TEXT,
    display_until       TEXT,
    record_seq          INTEGER,
    record_hash         TEXT,
    record              TEXT,
    pub_party           TEXT,
    pub_document_number TEXT,
    search_number       TEXT,
    withdrawn_at        TEXT,
    withdraw_reason     TEXT,
    withdraw_due        TEXT,
    corrected_at        TEXT,
    correct_reason      TEXT,
    PRIMARY KEY (tenant, case_id)
);

CREATE INDEX disclosures_by_status ON disclosures (tenant, status, list_at, case_id);
CREATE INDEX disclosures_public ON disclosures (status, published_at DESC, tenant DESC, case_id DESC);
CREATE INDEX disclosures_public_by_tenant ON disclosures (tenant, status, published_at DESC, case_id DESC);
-- A whole document number is looked up by its normalised text (SanXiang.Domain.Disclosures.DocumentNumberQuery).
CREATE INDEX disclosures_by_number ON disclosures (search_number);

-- Text search over the published party and document number (SanXiang.Domain.Search.SearchGrams, as the case search);
-- the rowid is the disclosures row's; only published records are indexed.
CREATE VIRTUAL TABLE disclosure_search USING fts5(party, number, tokenize = 'unicode61');
