-- Grain state for Orleans' ADO.NET grain storage (AdoNetGrainStorage); the contract is described in
-- the PostgreSQL script of the same name. SQLite has no data-modifying CTEs, so a write is an
-- upsert whose RETURNING clause yields the new version, followed by a statement that yields one
-- NULL row when the upsert changed nothing: Orleans reads the rows of every result set, and a NULL
-- NewGrainStateVersion becomes InconsistentStateException. changes() is per connection, so no
-- other writer can disturb it.
CREATE TABLE sx_grain_state
(
    service_id   TEXT    NOT NULL,
    grain_type   TEXT    NOT NULL,
    grain_id_n0  INTEGER NOT NULL,
    grain_id_n1  INTEGER NOT NULL,
    grain_id_ext TEXT    NOT NULL,
    payload      BLOB    NULL,
    version      INTEGER NOT NULL,
    modified_at  TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', '
SELECT payload AS PayloadBinary, version AS Version
FROM sx_grain_state
WHERE service_id = @ServiceId
  AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_id_ext = COALESCE(@GrainIdExtensionString, '''');
'),
('WriteToStorageKey', '
INSERT INTO sx_grain_state (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext, payload, version)
SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString, ''''), @PayloadBinary, 1
WHERE @GrainStateVersion IS NULL
   OR EXISTS (SELECT 1 FROM sx_grain_state e
              WHERE e.service_id = @ServiceId AND e.grain_type = @GrainTypeString
                AND e.grain_id_n0 = @GrainIdN0 AND e.grain_id_n1 = @GrainIdN1
                AND e.grain_id_ext = COALESCE(@GrainIdExtensionString, ''''))
ON CONFLICT (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext)
DO UPDATE SET payload = excluded.payload, version = version + 1, modified_at = CURRENT_TIMESTAMP
WHERE version = @GrainStateVersion
RETURNING version AS NewGrainStateVersion;
SELECT NULL AS NewGrainStateVersion WHERE changes() = 0;
'),
('ClearStorageKey', '
UPDATE sx_grain_state
SET payload = NULL, version = version + 1, modified_at = CURRENT_TIMESTAMP
WHERE service_id = @ServiceId
  AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_id_ext = COALESCE(@GrainIdExtensionString, '''')
  AND version = @GrainStateVersion
RETURNING version AS Version;
SELECT NULL AS Version WHERE changes() = 0;
');
