namespace SanXiang.Silo.Grains.EventLog;

/// <summary>One stored perfect-subtree hash of a tenant's log: node (level, index) covers leaves [index·2^level, (index+1)·2^level).</summary>
internal sealed record StoredNode(string TenantId, int Level, long Index, byte[] Hash);
