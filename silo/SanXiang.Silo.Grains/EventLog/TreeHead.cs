namespace SanXiang.Silo.Grains.EventLog;

/// <summary>A tenant's Merkle log at <paramref name="Size"/> events: RFC 6962 MTH over their chain hashes.</summary>
public sealed record TreeHead(string TenantId, long Size, byte[] RootHash, string Algorithm);
