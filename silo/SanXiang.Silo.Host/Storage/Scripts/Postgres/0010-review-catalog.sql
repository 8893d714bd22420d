-- The editions of each agency's 重大执法决定法制审核目录清单 (SanXiang.Domain.Cases.Review.ReviewCatalogEdition):
-- the rows an agency adds to what it inherits, its review scope and the day the edition takes effect. A new
-- version is a new row; a published edition is never changed, so a case keeps the catalog it was evaluated
-- under. entries is the rows as JSON (category, condition, amountAtLeast, basis).
CREATE TABLE review_catalog_editions
(
    tenant         text        NOT NULL,
    version        integer     NOT NULL,
    effective_from date        NOT NULL,
    scope          text        NOT NULL,
    entries        text        NOT NULL,
    published_by   text        NOT NULL,
    published_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant, version)
);

CREATE FUNCTION review_catalog_editions_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    RAISE EXCEPTION 'review_catalog_editions is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$f$;

CREATE TRIGGER review_catalog_editions_no_update BEFORE UPDATE OR DELETE ON review_catalog_editions
    FOR EACH ROW EXECUTE FUNCTION review_catalog_editions_append_only();

CREATE TRIGGER review_catalog_editions_no_truncate BEFORE TRUNCATE ON review_catalog_editions
    FOR EACH STATEMENT EXECUTE FUNCTION review_catalog_editions_append_only();
