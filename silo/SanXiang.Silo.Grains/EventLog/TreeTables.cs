using System.Data.Common;
using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Where one kind of stored tree keeps its rows: the leaves (already a table of their own) and the
/// perfect-subtree nodes at every <see cref="StoredSubtrees.Stride"/>-th level.
/// </summary>
internal sealed record TreeTables(string Name, string LeafQuery, string NodeTable, Func<ChainHashAlgorithm, DbDataReader, byte[]> LeafHash)
{
    /// <summary>Each tenant's transparency log: leaf data is the event's chain hash, in <c>tenant_log_index</c> order.</summary>
    public static readonly TreeTables Log = new(
        "日志",
        "SELECT tenant_log_index, hash FROM case_events WHERE tenant = @tenant AND tenant_log_index >= @from AND tenant_log_index < @to ORDER BY tenant_log_index;",
        "tenant_log_nodes",
        (algorithm, reader) => MerkleTree.HashLeaf(algorithm, (byte[])reader.GetValue(1)));

    /// <summary>Each tenant's case heads (<see cref="CaseHeads"/>), in ordinal order.</summary>
    public static readonly TreeTables CaseMap = new(
        "案件头",
        "SELECT ordinal, case_id, seq, hash FROM tenant_case_heads WHERE tenant = @tenant AND ordinal >= @from AND ordinal < @to ORDER BY ordinal;",
        "tenant_case_map_nodes",
        (algorithm, reader) => MerkleTree.HashLeaf(algorithm, CaseHeads.LeafData(reader.GetString(1), reader.GetInt64(2), (byte[])reader.GetValue(3))));
}
