-- Supervising departments as witnesses of their agencies' transparency logs (C2SP tlog-witness, cosignature/v1).

-- Each department's SM2 witness key, kept as tenant_keys keeps the agencies' checkpoint keys (private_key is the
-- raw 32-byte scalar for now; the same seam for encryption at rest).
CREATE TABLE witness_keys
(
    tenant      TEXT NOT NULL PRIMARY KEY,
    public_key  TEXT NOT NULL,
    private_key BLOB NOT NULL,
    created_at  TEXT NOT NULL
);

-- What a department (tenant) last cosigned of each agency it supervises (subject): the next checkpoint must be
-- consistent with it. subject_key is the agency's key as first seen; first_size and first_at record the trust on
-- first use. Changed only by compare-and-set on (tree_size, root), so two cosignings cannot roll it back.
CREATE TABLE witness_heads
(
    tenant      TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    subject_key TEXT    NOT NULL,
    tree_size   INTEGER NOT NULL,
    root        BLOB    NOT NULL,
    cosigned_at TEXT    NOT NULL,
    first_size  INTEGER NOT NULL,
    first_at    TEXT    NOT NULL,
    PRIMARY KEY (tenant, subject)
);

-- Checkpoints a department refused to cosign because the agency's log may have been rewritten; rows are only ever added.
CREATE TABLE witness_alerts
(
    tenant    TEXT    NOT NULL,
    id        TEXT    NOT NULL,
    subject   TEXT    NOT NULL,
    outcome   TEXT    NOT NULL,
    old_size  INTEGER NOT NULL,
    new_size  INTEGER NOT NULL,
    note      TEXT    NOT NULL,
    raised_at TEXT    NOT NULL,
    PRIMARY KEY (tenant, id)
);

CREATE INDEX witness_alerts_by_time ON witness_alerts (tenant, raised_at);

-- The cosignature lines an agency's checkpoint (tenant, signed_at of tenant_checkpoints) received, one per witness:
-- the public checkpoint is the agency's note followed by these lines.
CREATE TABLE checkpoint_cosignatures
(
    tenant      TEXT NOT NULL,
    signed_at   TEXT NOT NULL,
    witness     TEXT NOT NULL,
    line        TEXT NOT NULL,
    cosigned_at TEXT NOT NULL,
    PRIMARY KEY (tenant, signed_at, witness)
);
