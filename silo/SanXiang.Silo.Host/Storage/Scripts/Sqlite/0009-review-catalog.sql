-- The editions of each agency's 重大执法决定法制审核目录清单 (SanXiang.Domain.Cases.Review.ReviewCatalogEdition):
-- the rows an agency adds to what it inherits, its review scope and the day the edition takes effect. A new
-- version is a new row; a published edition is never changed, so a case keeps the catalog it was evaluated
-- under. entries is the rows as JSON (category, condition, amountAtLeast, basis); published_at as the event
-- log writes times.
CREATE TABLE review_catalog_editions
(
    tenant         TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    effective_from TEXT    NOT NULL,
    scope          TEXT    NOT NULL,
    entries        TEXT    NOT NULL,
    published_by   TEXT    NOT NULL,
    published_at   TEXT    NOT NULL,
    PRIMARY KEY (tenant, version)
);

CREATE TRIGGER review_catalog_editions_no_update BEFORE UPDATE ON review_catalog_editions
BEGIN
    SELECT RAISE(ABORT, 'review_catalog_editions is append-only: UPDATE is not allowed');
END;

CREATE TRIGGER review_catalog_editions_no_delete BEFORE DELETE ON review_catalog_editions
BEGIN
    SELECT RAISE(ABORT, 'review_catalog_editions is append-only: DELETE is not allowed');
END;
