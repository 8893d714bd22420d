-- After-decision disclosure (事后公开, issue 11): one row per case whose decision is made — the draft with its due day,
-- or the decision withheld, published, corrected or withdrawn. Part of the read model: written by the append's own
-- transaction (SanXiang.Silo.Grains.ReadModel.DisclosureTable), rebuilt from the event log by `rebuild-read-model`.
-- The staff's columns (case_title, party_name, document_number) hold the case as filed; the public's (record, pub_*,
-- search_*) only the masked record as published, and only once it is. list_at orders a status's list: a draft's due
-- day (overdue first), else the time of its status. search_grams are the published party's and number's characters and
-- bigrams (SanXiang.Domain.Search.SearchGrams), search_party / search_number their normalised text for the exact check.
CREATE TABLE disclosures
(
    tenant              text        NOT NULL,
    case_id             text        NOT NULL,
    case_title          text        NOT NULL,
    party_name          text        NOT NULL,
    category            text        NOT NULL,
    decided_on          date        NOT NULL,
    document_number     text        NOT NULL,
    status              text        NOT NULL,
    due                 date,
    due_error           text,
    bar                 text,
    bar_reason          text,
    status_at           timestamptz NOT NULL,
    list_at             timestamptz NOT NULL,
    published_at        timestamptz,
    display_until       date,
    record_seq          bigint,
    record_hash         text,
    record              text,
    pub_party           text,
    pub_document_number text,
    withdrawn_at        timestamptz,
    withdraw_reason     text,
    withdraw_due        date,
    corrected_at        timestamptz,
    correct_reason      text,
    search_grams        text[]      NOT NULL,
    search_party        text        NOT NULL,
    search_number       text        NOT NULL,
    PRIMARY KEY (tenant, case_id)
);

CREATE INDEX disclosures_by_status ON disclosures (tenant, status, list_at, case_id);
CREATE INDEX disclosures_public ON disclosures (status, published_at DESC, tenant DESC, case_id DESC);
CREATE INDEX disclosures_public_by_tenant ON disclosures (tenant, status, published_at DESC, case_id DESC);
CREATE INDEX disclosures_search ON disclosures USING gin (search_grams);
-- A whole document number is looked up by its normalised text (SanXiang.Domain.Disclosures.DocumentNumberQuery).
CREATE INDEX disclosures_by_number ON disclosures (search_number);
