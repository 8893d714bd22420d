using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// One caller's events as sealed in a batch, each with its leaf position in the tenant's Merkle log, and the rows
/// the caller derived from its case with these events applied (the read model's, e.g. a case's summary); each
/// participant writes the rows of its own types.
/// </summary>
public sealed record AppendedEvents(string TenantId, string CaseId, IReadOnlyList<StoredEvent> Events, IReadOnlyList<long> LogIndexes, IReadOnlyList<object> Derived);
