-- The procedures cases were opened under (SanXiang.Domain.Cases.PinnedProcedure), content-addressed: a case's
-- case.opened event names its procedure by hash, so an upgraded sector plugin applies to new cases only. Rows
-- are only ever added; the definition is the JSON whose canonical form hashes to the key.
CREATE TABLE case_procedures
(
    hash           text NOT NULL PRIMARY KEY,
    sector         text NOT NULL,
    sector_version text NOT NULL,
    category       text NOT NULL,
    definition     text NOT NULL
);

CREATE FUNCTION case_procedures_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    RAISE EXCEPTION 'case_procedures is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$f$;

CREATE TRIGGER case_procedures_no_update BEFORE UPDATE OR DELETE ON case_procedures
    FOR EACH ROW EXECUTE FUNCTION case_procedures_append_only();
