-- The agency directory as read-model tables (ARCHITECTURE.md "Storage"), written by the agency
-- directory grain after each change and rebuilt from its state when they may disagree, so lists,
-- visibility and tenant look-ups are one query each instead of a call per agency or per level.
-- level is the AgencyLevel name; child_count how many agencies it supervises directly (the tree
-- shows it, and a count per listed row would cost a lookup each). version is the directory's version when the row last changed:
-- tenant caches ask for the rows changed after the version they hold. Keys and the sort columns
-- are COLLATE "C" so the order (and the keyset cursor) is bytewise, as on SQLite, whatever the
-- database's locale.
CREATE TABLE agency_directory
(
    id            text COLLATE "C" NOT NULL PRIMARY KEY,
    name          text             NOT NULL,
    level         text             NOT NULL,
    sector        text             NOT NULL,
    region_code   text COLLATE "C" NOT NULL,
    parent_id     text COLLATE "C" NULL,
    credit_code   text             NULL,
    onboarded     boolean          NOT NULL,
    source        text             NULL,
    document_code text             NULL,
    child_count   integer          NOT NULL,
    version       bigint           NOT NULL
);

CREATE UNIQUE INDEX agency_directory_order ON agency_directory (region_code, id);
CREATE INDEX agency_directory_parent ON agency_directory (parent_id, region_code, id);
CREATE INDEX agency_directory_version ON agency_directory (version);

-- The ancestor closure of the supervision tree: a row for each agency and each department above
-- it, itself included at depth 0. "May a member of A see B" is one lookup of (B, A) at any depth.
CREATE TABLE agency_closure
(
    ancestor   text COLLATE "C" NOT NULL,
    descendant text COLLATE "C" NOT NULL,
    depth      integer          NOT NULL,
    PRIMARY KEY (descendant, ancestor)
);

CREATE INDEX agency_closure_ancestor ON agency_closure (ancestor, descendant);

-- The directory version the rows above reflect; one row. The grain compares it with its own state
-- on activation and rebuilds the tables when they differ (a write that stopped half way).
CREATE TABLE agency_directory_head
(
    id      integer NOT NULL PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);

-- Official document numbers (文号), one row per number taken: the sequence grain inserts one row
-- per number instead of rewriting a year's ledger. The primary key keeps a number from being
-- given twice, the unique key a document from taking two.
CREATE TABLE document_numbers
(
    tenant      text        NOT NULL,
    kind        text        NOT NULL,
    year        integer     NOT NULL,
    number      integer     NOT NULL,
    case_id     text        NOT NULL,
    document_id text        NOT NULL,
    taken_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant, kind, year, number),
    UNIQUE (tenant, kind, year, document_id)
);

-- A number once given stays given (GB/T 9704 文号 are cited in the record and in disclosures).
CREATE FUNCTION document_numbers_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    RAISE EXCEPTION 'document_numbers is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$f$;

CREATE TRIGGER document_numbers_no_update BEFORE UPDATE ON document_numbers
    FOR EACH ROW EXECUTE FUNCTION document_numbers_append_only();

CREATE TRIGGER document_numbers_no_delete BEFORE DELETE ON document_numbers
    FOR EACH ROW EXECUTE FUNCTION document_numbers_append_only();

CREATE TRIGGER document_numbers_no_truncate BEFORE TRUNCATE ON document_numbers
    FOR EACH STATEMENT EXECUTE FUNCTION document_numbers_append_only();
