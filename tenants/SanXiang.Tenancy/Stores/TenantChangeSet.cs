namespace SanXiang.Tenancy.Stores;

/// <summary>The feed's version now, and the identifiers of the tenants changed since the version asked about (null: any may have).</summary>
public sealed record TenantChangeSet(long Version, IReadOnlyList<string>? Identifiers);
