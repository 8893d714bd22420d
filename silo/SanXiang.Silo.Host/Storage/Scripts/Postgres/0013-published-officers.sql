-- The public 执法人员清单 (DOMAIN.md §1, issue 11): one row per officer of an agency's roster, with only what the portal
-- shows. Part of the read model: the roster grain writes its rows after each change of its state, stamping the head
-- with the roster's version; a roster that finds its head behind (a write that failed half way) replaces its rows, and
-- IOfficerRosterGrain.RebuildPublishedAsync replaces them on demand. Anonymous look-ups read only these tables.
-- officer_id is the normalised certificate number (no spaces, upper case); categories a comma list of category names.
-- Text compared in "C" collation, so a name's prefix is one index range and the order is SQLite's (bytewise).
CREATE TABLE published_officers
(
    tenant             text COLLATE "C" NOT NULL,
    officer_id         text COLLATE "C" NOT NULL,
    name               text COLLATE "C" NOT NULL,
    unit               text COLLATE "C" NOT NULL,
    position           text,
    certificate_number text             NOT NULL,
    categories         text             NOT NULL,
    area               text,
    valid_from         date             NOT NULL,
    valid_to           date             NOT NULL,
    status             text             NOT NULL,
    PRIMARY KEY (tenant, officer_id)
);

CREATE INDEX published_officers_order ON published_officers (tenant, unit, officer_id);
CREATE INDEX published_officers_certificate ON published_officers (officer_id);
CREATE INDEX published_officers_name ON published_officers (name, tenant, officer_id);

CREATE TABLE published_officer_heads
(
    tenant  text   NOT NULL PRIMARY KEY,
    version bigint NOT NULL
);
