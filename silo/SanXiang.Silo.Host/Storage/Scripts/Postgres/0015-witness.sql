-- Supervising departments as witnesses of their agencies' transparency logs (C2SP tlog-witness, cosignature/v1).

-- Each department's SM2 witness key, kept as tenant_keys keeps the agencies' checkpoint keys (private_key is the
-- raw 32-byte scalar for now; the same seam for encryption at rest).
CREATE TABLE witness_keys
(
    tenant      text        NOT NULL PRIMARY KEY,
    public_key  text        NOT NULL,
    private_key bytea       NOT NULL,
    created_at  timestamptz NOT NULL
);

-- What a department (tenant) last cosigned of each agency it supervises (subject): the next checkpoint must be
-- consistent with it. subject_key is the agency's key as first seen; first_size and first_at record the trust on
-- first use. Changed only by compare-and-set on (tree_size, root), so two cosignings cannot roll it back.
CREATE TABLE witness_heads
(
    tenant      text        NOT NULL,
    subject     text        NOT NULL,
    subject_key text        NOT NULL,
    tree_size   bigint      NOT NULL,
    root        bytea       NOT NULL,
    cosigned_at timestamptz NOT NULL,
    first_size  bigint      NOT NULL,
    first_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant, subject)
);

-- Checkpoints a department refused to cosign because the agency's log may have been rewritten; rows are only ever added.
CREATE TABLE witness_alerts
(
    tenant    text        NOT NULL,
    id        text        NOT NULL,
    subject   text        NOT NULL,
    outcome   text        NOT NULL,
    old_size  bigint      NOT NULL,
    new_size  bigint      NOT NULL,
    note      text        NOT NULL,
    raised_at timestamptz NOT NULL,
    PRIMARY KEY (tenant, id)
);

CREATE INDEX witness_alerts_by_time ON witness_alerts (tenant, raised_at);

-- The cosignature lines an agency's checkpoint (tenant, signed_at of tenant_checkpoints) received, one per witness:
-- the public checkpoint is the agency's note followed by these lines.
CREATE TABLE checkpoint_cosignatures
(
    tenant      text        NOT NULL,
    signed_at   timestamptz NOT NULL,
    witness     text        NOT NULL,
    line        text        NOT NULL,
    cosigned_at timestamptz NOT NULL,
    PRIMARY KEY (tenant, signed_at, witness)
);
