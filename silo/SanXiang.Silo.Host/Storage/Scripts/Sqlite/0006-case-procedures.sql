-- The procedures cases were opened under (SanXiang.Domain.Cases.PinnedProcedure), content-addressed: a case's
-- case.opened event names its procedure by hash, so an upgraded sector plugin applies to new cases only. Rows
-- are only ever added; the definition is the JSON whose canonical form hashes to the key.
CREATE TABLE case_procedures
(
    hash           TEXT NOT NULL PRIMARY KEY,
    sector         TEXT NOT NULL,
    sector_version TEXT NOT NULL,
    category       TEXT NOT NULL,
    definition     TEXT NOT NULL
);

CREATE TRIGGER case_procedures_no_update BEFORE UPDATE ON case_procedures
BEGIN
    SELECT RAISE(ABORT, 'case_procedures is append-only: UPDATE is not allowed');
END;
