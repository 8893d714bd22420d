using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>One caller's events as sealed in a batch, each with its leaf position in the tenant's Merkle log.</summary>
public sealed record AppendedEvents(string TenantId, string CaseId, IReadOnlyList<StoredEvent> Events, IReadOnlyList<long> LogIndexes);
