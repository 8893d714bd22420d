-- The transparency log's tree, stored as it grows (TenantMerkleLog): each tenant's right edge (the
-- roots of the perfect subtrees of its current size, leftmost first, concatenated) and the hashes of
-- the perfect subtrees at every eighth level above the leaves. Node (level, idx) covers leaves
-- [idx * 2^level, (idx + 1) * 2^level). Written in the append's transaction; derived from case_events,
-- so a missing row is rebuilt, never trusted over the events.
CREATE TABLE tenant_log_frontier
(
    tenant text    NOT NULL PRIMARY KEY,
    size   bigint  NOT NULL,
    nodes  bytea   NOT NULL
);

CREATE TABLE tenant_log_nodes
(
    tenant text    NOT NULL,
    level  bigint  NOT NULL,
    idx    bigint  NOT NULL,
    hash   bytea   NOT NULL,
    PRIMARY KEY (tenant, level, idx)
);

-- Every case's head (last seq and hash) as the latest checkpoint signed it: leaf ordinal per case, by
-- first appearance, for good. tenant_case_maps says up to which log size the heads are brought.
CREATE TABLE tenant_case_maps
(
    tenant     text    NOT NULL PRIMARY KEY,
    tree_size  bigint  NOT NULL,
    case_count bigint  NOT NULL
);

CREATE TABLE tenant_case_heads
(
    tenant  text    NOT NULL,
    case_id text    NOT NULL,
    ordinal bigint  NOT NULL,
    seq     bigint  NOT NULL,
    hash    bytea   NOT NULL,
    PRIMARY KEY (tenant, case_id),
    UNIQUE (tenant, ordinal)
);

CREATE TABLE tenant_case_map_nodes
(
    tenant text    NOT NULL,
    level  bigint  NOT NULL,
    idx    bigint  NOT NULL,
    hash   bytea   NOT NULL,
    PRIMARY KEY (tenant, level, idx)
);

-- The right edge of the tree each checkpoint signed: proofs against a checkpoint (what the public asks for)
-- then read only the rows near their leaf, and the signed root is known without reading any.
ALTER TABLE tenant_checkpoints ADD COLUMN frontier bytea;

CREATE INDEX tenant_checkpoints_by_size ON tenant_checkpoints (tenant, tree_size);
