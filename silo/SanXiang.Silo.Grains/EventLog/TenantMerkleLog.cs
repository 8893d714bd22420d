using System.Data.Common;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Integrity.Witnessing;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Each tenant's transparency log: an RFC 6962 Merkle tree whose leaves are the tenant's event
/// hashes in <c>tenant_log_index</c> order, with inclusion and consistency proofs and signed
/// checkpoints (the note published at the tenant's public URL), each of which also commits to every
/// case's head (<see cref="CaseHeads"/>).
/// </summary>
/// <remarks>
/// The tree is stored as it grows (<see cref="MerkleTreeAppender"/>): its right edge, so the current
/// tree head is one row, and every eighth level of nodes, so a proof or an older head reads a few
/// ranges of at most 256 rows per eight levels (<see cref="StoredSubtrees"/>). Nothing reads every leaf.
/// </remarks>
public sealed class TenantMerkleLog(EventLogDatabase database)
{
    private readonly TenantKeys keys = new(database);
    private readonly ChainHashAlgorithm algorithm = ChainHashAlgorithm.Get(database.Algorithm);

    /// <summary>The tree head over the first <paramref name="size"/> events, or over all committed ones.</summary>
    public async Task<TreeHead> GetTreeHeadAsync(string tenantId, long? size = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var frontier = await FrontierAsync(connection, null, tenantId, cancellationToken).ConfigureAwait(false);
        var treeSize = Checked(tenantId, size, frontier);
        var subtrees = await SubtreesAsync(connection, tenantId, frontier, treeSize, cancellationToken).ConfigureAwait(false);
        return new TreeHead(tenantId, treeSize, await subtrees.RangeHashAsync(0, treeSize, cancellationToken).ConfigureAwait(false), algorithm.Name);
    }

    /// <summary>The audit path of the case's event <paramref name="sequence"/> in the tree of <paramref name="treeSize"/> (default: the whole log).</summary>
    public async Task<InclusionProof> GetInclusionProofAsync(
        string tenantId,
        string caseId,
        long sequence,
        long? treeSize = null,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await FindLeafAsync(connection, tenantId, caseId, sequence, cancellationToken).ConfigureAwait(false) is not { } leaf)
        {
            throw new KeyNotFoundException($"案件 {caseId} 没有第 {sequence} 号事件。");
        }

        var frontier = await FrontierAsync(connection, null, tenantId, cancellationToken).ConfigureAwait(false);
        var size = Checked(tenantId, treeSize, frontier);
        if (leaf.Index >= size)
        {
            throw new ArgumentOutOfRangeException(nameof(treeSize), treeSize, $"第 {sequence} 号事件不在大小为 {size} 的日志树中。");
        }

        var subtrees = await SubtreesAsync(connection, tenantId, frontier, size, cancellationToken).ConfigureAwait(false);
        var head = new TreeHead(tenantId, size, await subtrees.RangeHashAsync(0, size, cancellationToken).ConfigureAwait(false), algorithm.Name);
        var path = await subtrees.HashRangesAsync(MerkleSubtrees.InclusionRanges(leaf.Index, size), cancellationToken).ConfigureAwait(false);
        return new InclusionProof(leaf.Index, leaf.Hash, head, path);
    }

    /// <summary>The position of the case's event <paramref name="sequence"/> in the tenant's log, or null if there is no such event.</summary>
    public async Task<long?> FindLeafIndexAsync(string tenantId, string caseId, long sequence, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await FindLeafAsync(connection, tenantId, caseId, sequence, cancellationToken).ConfigureAwait(false))?.Index;
    }

    /// <summary>RFC 6962 §2.1.2 proof that the log at <paramref name="newSize"/> extends the log at <paramref name="oldSize"/>; O(log n) rows, what a witness checks before it cosigns.</summary>
    public async Task<ConsistencyProof> GetConsistencyProofAsync(string tenantId, long oldSize, long newSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var frontier = await FrontierAsync(connection, null, tenantId, cancellationToken).ConfigureAwait(false);
        Checked(tenantId, newSize, frontier);
        var subtrees = await SubtreesAsync(connection, tenantId, frontier, newSize, cancellationToken).ConfigureAwait(false);
        var path = await subtrees.HashRangesAsync(MerkleSubtrees.ConsistencyRanges(oldSize, newSize), cancellationToken).ConfigureAwait(false);
        return new ConsistencyProof(
            new TreeHead(tenantId, oldSize, await subtrees.RangeHashAsync(0, oldSize, cancellationToken).ConfigureAwait(false), algorithm.Name),
            new TreeHead(tenantId, newSize, await subtrees.RangeHashAsync(0, newSize, cancellationToken).ConfigureAwait(false), algorithm.Name),
            path);
    }

    /// <summary>
    /// Signs the current tree head, with every case's head at that size, with the tenant's SM2 key (made
    /// on first use) and stores the note. Meant to run daily; a second call within the same second
    /// returns the note already stored.
    /// </summary>
    public async Task<SignedCheckpoint> CheckpointAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var key = await keys.GetOrCreateAsync(tenantId, now, cancellationToken).ConfigureAwait(false);
        var utc = now.ToUniversalTime();
        var signedAt = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

            // The map first: a second checkpoint of this tenant waits here, then reads a tree at least as large.
            var (mapSize, count) = await CaseHeadMap.LockAsync(connection, transaction, database.Dialect, tenantId, cancellationToken).ConfigureAwait(false);

            // One note per second: a second signing in the same second keeps the first, and must not move the map past it.
            await using (var exists = connection.CreateCommand())
            {
                exists.Transaction = transaction;
                exists.CommandText = "SELECT COUNT(*) FROM tenant_checkpoints WHERE tenant = @tenant AND signed_at = @signed_at;";
                EventRows.Add(exists, "tenant", tenantId);
                EventRows.Add(exists, "signed_at", keys.Time(signedAt));
                if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return await GetLatestCheckpointAsync(tenantId, cancellationToken).ConfigureAwait(false)
                        ?? throw new InvalidOperationException($"单位 {tenantId} 的检查点无法读出。");
                }
            }

            var frontier = await FrontierAsync(connection, transaction, tenantId, cancellationToken).ConfigureAwait(false);
            var cases = await CaseHeadMap.AdvanceAsync(connection, transaction, algorithm, tenantId, mapSize, count, frontier.Size, cancellationToken).ConfigureAwait(false);
            var checkpoint = new Checkpoint(tenantId, frontier.Size, frontier.Root(), signedAt, algorithm.Name, cases);
            var note = CheckpointNote.Sign(checkpoint, key);
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText =
                    "INSERT INTO tenant_checkpoints (tenant, tree_size, root, note, signed_at, frontier) VALUES (@tenant, @tree_size, @root, @note, @signed_at, @frontier) " +
                    "ON CONFLICT (tenant, signed_at) DO NOTHING;";
                EventRows.Add(insert, "tenant", tenantId);
                EventRows.Add(insert, "tree_size", checkpoint.TreeSize);
                EventRows.Add(insert, "root", checkpoint.RootHash);
                EventRows.Add(insert, "note", note);
                EventRows.Add(insert, "signed_at", keys.Time(signedAt));
                EventRows.Add(insert, "frontier", frontier.ToBytes());
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return await GetLatestCheckpointAsync(tenantId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"单位 {tenantId} 的检查点写入后无法读出。");
    }

    /// <summary>
    /// The newest signed checkpoint, or null before the first; what the public URL serves: the agency's note, byte for
    /// byte as signed, followed by the cosignature lines its supervising department's witness gave it, each checked
    /// with that witness's key (a line that no longer verifies is tampering, as a note that no longer verifies is).
    /// </summary>
    public async Task<SignedCheckpoint?> GetLatestCheckpointAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var publicKey = await keys.FindPublicKeyAsync(tenantId, cancellationToken).ConfigureAwait(false);
        if (publicKey is null)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        string note;
        object signedAt;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT note, signed_at FROM tenant_checkpoints WHERE tenant = @tenant ORDER BY signed_at DESC LIMIT 1;";
            EventRows.Add(command, "tenant", tenantId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            note = reader.GetString(0);
            signedAt = reader.GetValue(1);
        }

        // A stored note that no longer verifies is tampering, not an absent checkpoint: say so.
        if (!CheckpointNote.TryOpen(note, publicKey, out var checkpoint) || checkpoint is null)
        {
            throw new InvalidDataException($"单位 {tenantId} 存储的检查点签名无效，检查点记录已被改动。");
        }

        var cosignatures = await CosignaturesAsync(connection, tenantId, signedAt, cancellationToken).ConfigureAwait(false);
        var published = note + string.Concat(cosignatures.Select(c => c.Line));
        List<CheckpointCosignature> witnesses = [];
        foreach (var (department, line, witnessKey) in cosignatures)
        {
            var check = CosignatureNote.Verify(published, CosignatureNote.WitnessName(department), witnessKey);
            if (check.Status != CosignatureStatus.Valid)
            {
                throw new InvalidDataException($"单位 {tenantId} 的检查点所存 {department} 的见证签名无效，见证记录已被改动。");
            }

            witnesses.Add(new CheckpointCosignature(department, check.Time!.Value, witnessKey.ToHex()));
        }

        return new SignedCheckpoint(checkpoint, published, publicKey.ToHex(), witnesses);
    }

    /// <summary>
    /// Keeps a witness's cosignature line of the checkpoint signed at <paramref name="signedAt"/>; a second line of the
    /// same witness for the same checkpoint keeps the first.
    /// </summary>
    public async Task AddCosignatureAsync(string tenantId, DateTimeOffset signedAt, string departmentId, string line, DateTimeOffset cosignedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(line);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.CreateCommand();
        insert.CommandText =
            "INSERT INTO checkpoint_cosignatures (tenant, signed_at, witness, line, cosigned_at) VALUES (@tenant, @signed_at, @witness, @line, @cosigned_at) " +
            "ON CONFLICT (tenant, signed_at, witness) DO NOTHING;";
        EventRows.Add(insert, "tenant", tenantId);
        EventRows.Add(insert, "signed_at", keys.Time(signedAt));
        EventRows.Add(insert, "witness", departmentId);
        EventRows.Add(insert, "line", line);
        EventRows.Add(insert, "cosigned_at", EventRows.Time(CanonicalEventEncoding.ToStoredPrecision(cosignedAt), database.Dialect));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The tree size of the latest checkpoint <paramref name="departmentId"/>'s witness cosigned, or 0 if none: where the next consistency proof starts.</summary>
    public async Task<long> GetCosignedSizeAsync(string tenantId, string departmentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT c.tree_size FROM checkpoint_cosignatures w JOIN tenant_checkpoints c ON c.tenant = w.tenant AND c.signed_at = w.signed_at " +
            "WHERE w.tenant = @tenant AND w.witness = @witness ORDER BY w.signed_at DESC LIMIT 1;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "witness", departmentId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } size and not DBNull
            ? Convert.ToInt64(size, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
    }

    /// <summary>The tenant's SM2 public key, or null before the first checkpoint.</summary>
    public async Task<Sm2PublicKey?> GetPublicKeyAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await keys.FindPublicKeyAsync(tenantId, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The case's head in the map <paramref name="checkpoint"/> signed, with its audit path; null when the
    /// case has none there, or when a newer checkpoint has moved the map on (ask again with the latest).
    /// </summary>
    public async Task<CaseHeadProof?> GetCaseHeadProofAsync(Checkpoint checkpoint, string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (checkpoint.Cases is not { } cases)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var proof = await CaseHeadMap.ProveAsync(connection, algorithm, checkpoint.TenantId, caseId, cases.Count, cancellationToken).ConfigureAwait(false);
        return proof is not null && cases.Includes(algorithm, caseId, proof.Sequence, proof.Hash, proof.LeafIndex, proof.AuditPath) ? proof : null;
    }

    /// <summary>
    /// The smallest tree size whose log holds the case's events up to <paramref name="throughSequence"/>:
    /// a checkpoint at least this large vouches for all of them. 0 when the case has none.
    /// </summary>
    public async Task<long> GetCaseLogSizeAsync(string tenantId, string caseId, long throughSequence, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(tenant_log_index) FROM case_events WHERE tenant = @tenant AND case_id = @case_id AND seq <= @through;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "case_id", caseId);
        EventRows.Add(command, "through", throughSequence);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } max and not DBNull
            ? Convert.ToInt64(max, System.Globalization.CultureInfo.InvariantCulture) + 1
            : 0;
    }

    /// <summary>
    /// The audit paths of the case's events 1..<paramref name="throughSequence"/> in the tree of
    /// <paramref name="treeSize"/>, in sequence order (the case-file export); nodes shared between them are read once.
    /// </summary>
    public async Task<IReadOnlyList<(long Sequence, InclusionProof Proof)>> GetCaseInclusionProofsAsync(
        string tenantId,
        string caseId,
        long throughSequence,
        long treeSize,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var positions = new List<(long Sequence, long Index, byte[] Hash)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT seq, tenant_log_index, hash FROM case_events WHERE tenant = @tenant AND case_id = @case_id AND seq <= @through ORDER BY seq;";
            EventRows.Add(command, "tenant", tenantId);
            EventRows.Add(command, "case_id", caseId);
            EventRows.Add(command, "through", throughSequence);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                positions.Add((reader.GetInt64(0), reader.GetInt64(1), (byte[])reader.GetValue(2)));
            }
        }

        var frontier = await FrontierAsync(connection, null, tenantId, cancellationToken).ConfigureAwait(false);
        Checked(tenantId, treeSize, frontier);
        var subtrees = await SubtreesAsync(connection, tenantId, frontier, treeSize, cancellationToken).ConfigureAwait(false);
        var head = new TreeHead(tenantId, treeSize, await subtrees.RangeHashAsync(0, treeSize, cancellationToken).ConfigureAwait(false), algorithm.Name);
        var proofs = new List<(long, InclusionProof)>(positions.Count);
        foreach (var (sequence, index, hash) in positions)
        {
            if (index >= treeSize)
            {
                throw new ArgumentOutOfRangeException(nameof(treeSize), treeSize, $"第 {sequence} 号事件不在大小为 {treeSize} 的日志树中。");
            }

            var path = await subtrees.HashRangesAsync(MerkleSubtrees.InclusionRanges(index, treeSize), cancellationToken).ConfigureAwait(false);
            proofs.Add((sequence, new InclusionProof(index, hash, head, path)));
        }

        return proofs;
    }

    // The stored tree, knowing the right edge of the tree of `size` when it is stored: the current edge, or the
    // one kept with a checkpoint of that size (what the public proofs are made against). Then the root costs
    // nothing and a proof reads only the rows near its leaf.
    private async Task<StoredSubtrees> SubtreesAsync(DbConnection connection, string tenantId, MerkleFrontier current, long size, CancellationToken cancellationToken)
    {
        var subtrees = new StoredSubtrees(connection, null, TreeTables.Log, algorithm, tenantId);
        if (size == current.Size)
        {
            return subtrees.Knowing(current);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT frontier FROM tenant_checkpoints WHERE tenant = @tenant AND tree_size = @size AND frontier IS NOT NULL LIMIT 1;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "size", size);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is byte[] stored
            ? subtrees.Knowing(MerkleFrontier.FromBytes(algorithm, size, stored))
            : subtrees;
    }

    private static long Checked(string tenantId, long? size, MerkleFrontier frontier)
    {
        var treeSize = size ?? frontier.Size;
        return treeSize >= 0 && treeSize <= frontier.Size
            ? treeSize
            : throw new ArgumentOutOfRangeException(nameof(size), size, $"单位 {tenantId} 的日志只有 {frontier.Size} 条记录。");
    }

    // The stored edge; the head row is read first, so an edge behind it is a log that was never migrated,
    // not an append that committed in between.
    private async Task<MerkleFrontier> FrontierAsync(DbConnection connection, DbTransaction? transaction, string tenantId, CancellationToken cancellationToken)
    {
        var size = await LogFrontierRows.ReadLogSizeAsync(connection, transaction, tenantId, cancellationToken).ConfigureAwait(false);
        var frontier = await LogFrontierRows.ReadAsync(connection, transaction, algorithm, tenantId, cancellationToken).ConfigureAwait(false) ?? MerkleFrontier.Empty(algorithm);
        return frontier.Size >= size
            ? frontier
            : throw new InvalidDataException($"单位 {tenantId} 的日志树只记载了 {frontier.Size} 条记录，日志有 {size} 条：日志树尚未迁移（重启 silo 即迁移）或已被改动。");
    }

    // The witnesses' lines of one checkpoint, in the order of the departments' ids, with each witness's key.
    private static async Task<List<(string Department, string Line, Sm2PublicKey Key)>> CosignaturesAsync(DbConnection connection, string tenantId, object signedAt, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT w.witness, w.line, k.public_key FROM checkpoint_cosignatures w LEFT JOIN witness_keys k ON k.tenant = w.witness " +
            "WHERE w.tenant = @tenant AND w.signed_at = @signed_at ORDER BY w.witness;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "signed_at", signedAt);
        var lines = new List<(string, string, Sm2PublicKey)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var department = reader.GetString(0);
            if (reader.IsDBNull(2))
            {
                throw new InvalidDataException($"单位 {tenantId} 的检查点有 {department} 的见证签名，但找不到其见证公钥，见证记录已被改动。");
            }

            lines.Add((department, reader.GetString(1), Sm2PublicKey.FromHex(reader.GetString(2))));
        }

        return lines;
    }

    private static async Task<(long Index, byte[] Hash)?> FindLeafAsync(DbConnection connection, string tenantId, string caseId, long sequence, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tenant_log_index, hash FROM case_events WHERE tenant = @tenant AND case_id = @case_id AND seq = @seq;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "case_id", caseId);
        EventRows.Add(command, "seq", sequence);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
    }
}
