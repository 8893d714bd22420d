-- The public 执法人员清单 (DOMAIN.md §1, issue 11): one row per officer of an agency's roster, with only what the portal
-- shows. Part of the read model: the roster grain writes its rows after each change of its state, stamping the head
-- with the roster's version; a roster that finds its head behind (a write that failed half way) replaces its rows, and
-- IOfficerRosterGrain.RebuildPublishedAsync replaces them on demand. Anonymous look-ups read only these tables.
-- officer_id is the normalised certificate number (no spaces, upper case); categories a comma list of category names.
CREATE TABLE published_officers
(
    tenant             TEXT NOT NULL,
    officer_id         TEXT NOT NULL,
    name               TEXT NOT NULL,
    unit               TEXT NOT NULL,
    position           TEXT NULL,
    certificate_number TEXT NOT NULL,
    categories         TEXT NOT NULL,
    area               TEXT NULL,
    valid_from         TEXT NOT NULL,
    valid_to           TEXT NOT NULL,
    status             TEXT NOT NULL,
    PRIMARY KEY (tenant, officer_id)
);

-- An agency's list in its order (unit, then certificate), the look-up by certificate across agencies, and by name
-- (a prefix range, compared bytewise).
CREATE INDEX published_officers_order ON published_officers (tenant, unit, officer_id);
CREATE INDEX published_officers_certificate ON published_officers (officer_id);
CREATE INDEX published_officers_name ON published_officers (name, tenant, officer_id);

-- The roster version each agency's rows reflect.
CREATE TABLE published_officer_heads
(
    tenant  TEXT    NOT NULL PRIMARY KEY,
    version INTEGER NOT NULL
);
