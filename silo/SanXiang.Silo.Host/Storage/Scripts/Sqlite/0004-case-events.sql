-- The full-process record: one append-only table of case events (ARCHITECTURE.md "Storage").
-- Each row is the EventRecord that SanXiang.Domain.Integrity.ChainHasher hashed, plus its hash:
-- at is "yyyy-MM-ddTHH:mm:ss.ffffffZ" (CanonicalEventEncoding.FormatTime), payload is the JSON text
-- exactly as appended, file_hashes a JSON array of strings. tenant_log_index is the event's leaf
-- position in its tenant's Merkle log (RFC 6962), dense from 0.
CREATE TABLE case_events
(
    tenant           TEXT    NOT NULL,
    case_id          TEXT    NOT NULL,
    seq              INTEGER NOT NULL,
    kind             TEXT    NOT NULL,
    payload          TEXT    NOT NULL,
    actor            TEXT    NOT NULL,
    at               TEXT    NOT NULL,
    algorithm        TEXT    NOT NULL,
    prev_hash        BLOB    NOT NULL,
    hash             BLOB    NOT NULL,
    file_hashes      TEXT    NOT NULL,
    tenant_log_index INTEGER NOT NULL,
    PRIMARY KEY (tenant, case_id, seq),
    UNIQUE (tenant, tenant_log_index)
);

-- Append-only is enforced by the database, not only by the code that writes: a bug or a hand-typed
-- statement cannot rewrite the record. Whoever can drop a trigger can still tamper; the hash chain
-- and the signed checkpoints are what detect that.
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case_events is append-only: UPDATE is not allowed');
END;

CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case_events is append-only: DELETE is not allowed');
END;

-- The size of each tenant's Merkle log: the next tenant_log_index. The append transaction bumps it,
-- which also serialises the log positions of writers appending to one tenant at the same time.
CREATE TABLE tenant_log_heads
(
    tenant TEXT    NOT NULL PRIMARY KEY,
    size   INTEGER NOT NULL
);

-- Signed tree heads (CheckpointNote text), one per signing; the note is what is published.
CREATE TABLE tenant_checkpoints
(
    tenant    TEXT    NOT NULL,
    tree_size INTEGER NOT NULL,
    root      BLOB    NOT NULL,
    note      TEXT    NOT NULL,
    signed_at TEXT    NOT NULL,
    PRIMARY KEY (tenant, signed_at)
);

-- The tenant's SM2 checkpoint key. private_key holds the raw 32-byte scalar as-is for now; this
-- column is the seam where encryption at rest (a KMS- or HSM-wrapped key) goes in.
CREATE TABLE tenant_keys
(
    tenant      TEXT NOT NULL PRIMARY KEY,
    public_key  TEXT NOT NULL,
    private_key BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
