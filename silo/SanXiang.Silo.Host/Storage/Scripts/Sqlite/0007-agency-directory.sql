-- The agency directory as read-model tables (ARCHITECTURE.md "Storage"), written by the agency
-- directory grain after each change and rebuilt from its state when they may disagree, so lists,
-- visibility and tenant look-ups are one query each instead of a call per agency or per level.
-- level is the AgencyLevel name; child_count how many agencies it supervises directly (the tree
-- shows it, and a count per listed row would cost a lookup each). version is the directory's version when the row last changed:
-- tenant caches ask for the rows changed after the version they hold.
CREATE TABLE agency_directory
(
    id            TEXT    NOT NULL PRIMARY KEY,
    name          TEXT    NOT NULL,
    level         TEXT    NOT NULL,
    sector        TEXT    NOT NULL,
    region_code   TEXT    NOT NULL,
    parent_id     TEXT    NULL,
    credit_code   TEXT    NULL,
    onboarded     INTEGER NOT NULL,
    source        TEXT    NULL,
    document_code TEXT    NULL,
    child_count   INTEGER NOT NULL,
    version       INTEGER NOT NULL
);

-- The lists' order (and keyset cursor): region code, then id, compared bytewise (BINARY).
CREATE UNIQUE INDEX agency_directory_order ON agency_directory (region_code, id);
CREATE INDEX agency_directory_parent ON agency_directory (parent_id, region_code, id);
CREATE INDEX agency_directory_version ON agency_directory (version);

-- The ancestor closure of the supervision tree: a row for each agency and each department above
-- it, itself included at depth 0. "May a member of A see B" is one lookup of (B, A) at any depth.
CREATE TABLE agency_closure
(
    ancestor   TEXT    NOT NULL,
    descendant TEXT    NOT NULL,
    depth      INTEGER NOT NULL,
    PRIMARY KEY (descendant, ancestor)
);

CREATE INDEX agency_closure_ancestor ON agency_closure (ancestor, descendant);

-- The directory version the rows above reflect; one row. The grain compares it with its own state
-- on activation and rebuilds the tables when they differ (a write that stopped half way).
CREATE TABLE agency_directory_head
(
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);

-- Official document numbers (文号), one row per number taken: the sequence grain inserts one row
-- per number instead of rewriting a year's ledger. The primary key keeps a number from being
-- given twice, the unique key a document from taking two. taken_at as the event log writes time.
CREATE TABLE document_numbers
(
    tenant      TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    number      INTEGER NOT NULL,
    case_id     TEXT    NOT NULL,
    document_id TEXT    NOT NULL,
    taken_at    TEXT    NOT NULL,
    PRIMARY KEY (tenant, kind, year, number),
    UNIQUE (tenant, kind, year, document_id)
);

-- A number once given stays given (GB/T 9704 文号 are cited in the record and in disclosures).
CREATE TRIGGER document_numbers_no_update BEFORE UPDATE ON document_numbers
BEGIN
    SELECT RAISE(ABORT, 'document_numbers is append-only: UPDATE is not allowed');
END;

CREATE TRIGGER document_numbers_no_delete BEFORE DELETE ON document_numbers
BEGIN
    SELECT RAISE(ABORT, 'document_numbers is append-only: DELETE is not allowed');
END;
