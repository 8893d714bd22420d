-- The full-process record: one append-only table of case events (ARCHITECTURE.md "Storage").
-- Each row is the EventRecord that SanXiang.Domain.Integrity.ChainHasher hashed, plus its hash.
-- payload is text, not jsonb: jsonb would re-serialise it, and the stored bytes are the record.
-- at is timestamptz, which keeps the microseconds the hash covers; file_hashes a JSON array of
-- strings. tenant_log_index is the event's leaf position in its tenant's Merkle log (RFC 6962).
CREATE TABLE case_events
(
    tenant           text        NOT NULL,
    case_id          text        NOT NULL,
    seq              bigint      NOT NULL,
    kind             text        NOT NULL,
    payload          text        NOT NULL,
    actor            text        NOT NULL,
    at               timestamptz NOT NULL,
    algorithm        text        NOT NULL,
    prev_hash        bytea       NOT NULL,
    hash             bytea       NOT NULL,
    file_hashes      text        NOT NULL,
    tenant_log_index bigint      NOT NULL,
    PRIMARY KEY (tenant, case_id, seq),
    UNIQUE (tenant, tenant_log_index)
);

-- Append-only is enforced by the database, not only by the code that writes. The table owner can
-- still ALTER TABLE ... DISABLE TRIGGER; the hash chain and signed checkpoints detect what follows.
CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    RAISE EXCEPTION 'case_events is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$f$;

CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
    FOR EACH ROW EXECUTE FUNCTION case_events_append_only();

CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
    FOR EACH ROW EXECUTE FUNCTION case_events_append_only();

-- TRUNCATE fires no row trigger, so it gets a statement trigger of its own.
CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
    FOR EACH STATEMENT EXECUTE FUNCTION case_events_append_only();

-- The size of each tenant's Merkle log: the next tenant_log_index. The append transaction bumps it
-- with a row lock, which serialises log positions between silos appending to one tenant.
CREATE TABLE tenant_log_heads
(
    tenant text   NOT NULL PRIMARY KEY,
    size   bigint NOT NULL
);

-- Signed tree heads (CheckpointNote text), one per signing; the note is what is published.
CREATE TABLE tenant_checkpoints
(
    tenant    text        NOT NULL,
    tree_size bigint      NOT NULL,
    root      bytea       NOT NULL,
    note      text        NOT NULL,
    signed_at timestamptz NOT NULL,
    PRIMARY KEY (tenant, signed_at)
);

-- The tenant's SM2 checkpoint key. private_key holds the raw 32-byte scalar as-is for now; this
-- column is the seam where encryption at rest (a KMS- or HSM-wrapped key) goes in.
CREATE TABLE tenant_keys
(
    tenant      text        NOT NULL PRIMARY KEY,
    public_key  text        NOT NULL,
    private_key bytea       NOT NULL,
    created_at  timestamptz NOT NULL
);
