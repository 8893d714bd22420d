using System.Data.Common;
using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Each tenant's transparency log: an RFC 6962 Merkle tree whose leaves are the tenant's event
/// hashes in <c>tenant_log_index</c> order, with inclusion and consistency proofs and signed
/// checkpoints (the note published at the tenant's public URL).
/// </summary>
/// <remarks>
/// Nothing is cached: every call reads the tenant's leaf hashes up to the requested size (one
/// indexed range scan, 32 bytes per event) and hashes the tree, O(n) time and memory in the
/// tenant's event count — about a second per million events with SM3. That suits daily checkpoints
/// and occasional proofs; when tenants reach millions of events, storing the hashes of complete
/// subtrees (tiles) makes proofs O(log n) without changing this API.
/// </remarks>
public sealed class TenantMerkleLog(EventLogDatabase database)
{
    private readonly TenantKeys keys = new(database);
    private readonly ChainHashAlgorithm algorithm = ChainHashAlgorithm.Get(database.Algorithm);

    /// <summary>The tree head over the first <paramref name="size"/> events, or over all committed ones.</summary>
    public async Task<TreeHead> GetTreeHeadAsync(string tenantId, long? size = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var leaves = await ReadLeavesAsync(connection, tenantId, size, cancellationToken).ConfigureAwait(false);
        return new TreeHead(tenantId, leaves.Count, MerkleTree.RootHash(algorithm, leaves), algorithm.Name);
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
        long index;
        byte[] eventHash;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT tenant_log_index, hash FROM case_events WHERE tenant = @tenant AND case_id = @case_id AND seq = @seq;";
            EventRows.Add(command, "tenant", tenantId);
            EventRows.Add(command, "case_id", caseId);
            EventRows.Add(command, "seq", sequence);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new KeyNotFoundException($"案件 {caseId} 没有第 {sequence} 号事件。");
            }

            index = reader.GetInt64(0);
            eventHash = (byte[])reader.GetValue(1);
        }

        var leaves = await ReadLeavesAsync(connection, tenantId, treeSize, cancellationToken).ConfigureAwait(false);
        if (index >= leaves.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(treeSize), treeSize, $"第 {sequence} 号事件不在大小为 {leaves.Count} 的日志树中。");
        }

        var head = new TreeHead(tenantId, leaves.Count, MerkleTree.RootHash(algorithm, leaves), algorithm.Name);
        return new InclusionProof(index, eventHash, head, MerkleTree.InclusionProof(algorithm, leaves, (int)index));
    }

    /// <summary>The position of the case's event <paramref name="sequence"/> in the tenant's log, or null if there is no such event.</summary>
    public async Task<long?> FindLeafIndexAsync(string tenantId, string caseId, long sequence, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tenant_log_index FROM case_events WHERE tenant = @tenant AND case_id = @case_id AND seq = @seq;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "case_id", caseId);
        EventRows.Add(command, "seq", sequence);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } index and not DBNull
            ? Convert.ToInt64(index, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    public async Task<ConsistencyProof> GetConsistencyProofAsync(string tenantId, long oldSize, long newSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var leaves = await ReadLeavesAsync(connection, tenantId, newSize, cancellationToken).ConfigureAwait(false);
        var old = leaves.Take((int)oldSize).ToList();
        return new ConsistencyProof(
            new TreeHead(tenantId, oldSize, MerkleTree.RootHash(algorithm, old), algorithm.Name),
            new TreeHead(tenantId, newSize, MerkleTree.RootHash(algorithm, leaves), algorithm.Name),
            MerkleTree.ConsistencyProof(algorithm, leaves, (int)oldSize));
    }

    /// <summary>
    /// Signs the current tree head with the tenant's SM2 key (made on first use) and stores the note.
    /// Meant to run daily; a second call within the same second returns the note already stored.
    /// </summary>
    public async Task<SignedCheckpoint> CheckpointAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var key = await keys.GetOrCreateAsync(tenantId, now, cancellationToken).ConfigureAwait(false);
        var head = await GetTreeHeadAsync(tenantId, null, cancellationToken).ConfigureAwait(false);
        var utc = now.ToUniversalTime();
        var signedAt = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var checkpoint = new Checkpoint(tenantId, head.Size, head.RootHash, signedAt, head.Algorithm);
        var note = CheckpointNote.Sign(checkpoint, key);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText =
                "INSERT INTO tenant_checkpoints (tenant, tree_size, root, note, signed_at) VALUES (@tenant, @tree_size, @root, @note, @signed_at) " +
                "ON CONFLICT (tenant, signed_at) DO NOTHING;";
            EventRows.Add(insert, "tenant", tenantId);
            EventRows.Add(insert, "tree_size", head.Size);
            EventRows.Add(insert, "root", head.RootHash);
            EventRows.Add(insert, "note", note);
            EventRows.Add(insert, "signed_at", keys.Time(signedAt));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await GetLatestCheckpointAsync(tenantId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"单位 {tenantId} 的检查点写入后无法读出。");
    }

    /// <summary>The newest signed checkpoint, or null before the first; what the public URL serves.</summary>
    public async Task<SignedCheckpoint?> GetLatestCheckpointAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var publicKey = await keys.FindPublicKeyAsync(tenantId, cancellationToken).ConfigureAwait(false);
        if (publicKey is null)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT note FROM tenant_checkpoints WHERE tenant = @tenant ORDER BY signed_at DESC LIMIT 1;";
        EventRows.Add(command, "tenant", tenantId);
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string note)
        {
            return null;
        }

        // A stored note that no longer verifies is tampering, not an absent checkpoint: say so.
        if (!CheckpointNote.TryOpen(note, publicKey, out var checkpoint) || checkpoint is null)
        {
            throw new InvalidDataException($"单位 {tenantId} 存储的检查点签名无效，检查点记录已被改动。");
        }

        return new SignedCheckpoint(checkpoint, note, publicKey.ToHex());
    }

    /// <summary>The tenant's SM2 public key, or null before the first checkpoint.</summary>
    public async Task<Sm2PublicKey?> GetPublicKeyAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await keys.FindPublicKeyAsync(tenantId, cancellationToken).ConfigureAwait(false);

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
    /// <paramref name="treeSize"/>, in sequence order, reading the tenant's leaves once (the case-file export).
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

        var leaves = await ReadLeavesAsync(connection, tenantId, treeSize, cancellationToken).ConfigureAwait(false);
        var levels = new MerkleLevels(algorithm, leaves);
        var head = new TreeHead(tenantId, leaves.Count, levels.Root, algorithm.Name);
        return [.. positions.Select(p => p.Index < leaves.Count
            ? (p.Sequence, new InclusionProof(p.Index, p.Hash, head, levels.AuditPath(p.Index)))
            : throw new ArgumentOutOfRangeException(nameof(treeSize), treeSize, $"第 {p.Sequence} 号事件不在大小为 {leaves.Count} 的日志树中。"))];
    }

    private async Task<List<byte[]>> ReadLeavesAsync(DbConnection connection, string tenantId, long? size, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // The head's size, not COUNT(*): the head moves in the same transaction as the rows it counts.
        command.CommandText = size is null
            ? "SELECT tenant_log_index, hash FROM case_events WHERE tenant = @tenant AND tenant_log_index < COALESCE((SELECT size FROM tenant_log_heads WHERE tenant = @tenant), 0) ORDER BY tenant_log_index;"
            : "SELECT tenant_log_index, hash FROM case_events WHERE tenant = @tenant AND tenant_log_index < @size ORDER BY tenant_log_index;";
        EventRows.Add(command, "tenant", tenantId);
        if (size is { } requested)
        {
            EventRows.Add(command, "size", requested);
        }

        var leaves = new List<byte[]>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // Positions are dense from 0; a hole means a row was deleted behind the triggers' back.
            if (reader.GetInt64(0) != leaves.Count)
            {
                throw new InvalidDataException($"单位 {tenantId} 的日志缺少第 {leaves.Count} 条记录，记录已被删除。");
            }

            leaves.Add(MerkleTree.HashLeaf(algorithm, (byte[])reader.GetValue(1)));
        }

        if (size is { } expected && leaves.Count != expected)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"单位 {tenantId} 的日志只有 {leaves.Count} 条记录。");
        }

        return leaves;
    }
}
