-- Grain state for Orleans' ADO.NET grain storage (AdoNetGrainStorage).
-- Contract: ReadFromStorageKey returns PayloadBinary and Version; WriteToStorageKey and
-- ClearStorageKey return exactly one row whose value is the new version, or NULL when the caller's
-- GrainStateVersion (its ETag) is stale. Orleans turns that NULL into InconsistentStateException.
-- A grain is identified by ServiceId, the state name (GrainTypeString) and its key
-- (GrainIdN0, GrainIdN1, GrainIdExtensionString); the hashes Orleans also sends are not needed
-- because the primary key indexes the natural key. Orleans passes the state name, not the grain
-- class, and a string key without its grain type: two grain classes that used the same state name
-- and key would share a row, so every grain class keeps a state name of its own.
CREATE TABLE sx_grain_state
(
    service_id   text        NOT NULL,
    grain_type   text        NOT NULL,
    grain_id_n0  bigint      NOT NULL,
    grain_id_n1  bigint      NOT NULL,
    grain_id_ext text        NOT NULL,
    payload      bytea       NULL,
    version      integer     NOT NULL,
    modified_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
SELECT payload AS "PayloadBinary", version AS "Version"
FROM sx_grain_state
WHERE service_id = @ServiceId
  AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_id_ext = COALESCE(@GrainIdExtensionString, '');
$q$),
-- A NULL GrainStateVersion means "I have never seen a row": only an insert may succeed. A known
-- version may only replace the row that still has it. ON CONFLICT locks the row, so two writers
-- holding the same version cannot both win.
('WriteToStorageKey', $q$
WITH written AS (
    INSERT INTO sx_grain_state AS s (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString, ''), @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
       OR EXISTS (SELECT 1 FROM sx_grain_state e
                  WHERE e.service_id = @ServiceId AND e.grain_type = @GrainTypeString
                    AND e.grain_id_n0 = @GrainIdN0 AND e.grain_id_n1 = @GrainIdN1
                    AND e.grain_id_ext = COALESCE(@GrainIdExtensionString, ''))
    ON CONFLICT (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext)
    DO UPDATE SET payload = EXCLUDED.payload, version = s.version + 1, modified_at = now()
    WHERE s.version = @GrainStateVersion
    RETURNING s.version
)
SELECT (SELECT version FROM written) AS "NewGrainStateVersion";
$q$),
-- Clearing keeps the row (DeleteStateOnClear = false) so that the version keeps counting up and
-- a writer holding a pre-clear version is still refused.
('ClearStorageKey', $q$
WITH cleared AS (
    UPDATE sx_grain_state
    SET payload = NULL, version = version + 1, modified_at = now()
    WHERE service_id = @ServiceId
      AND grain_type = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND grain_id_ext = COALESCE(@GrainIdExtensionString, '')
      AND version = @GrainStateVersion
    RETURNING version
)
SELECT (SELECT version FROM cleared) AS "Version";
$q$);
