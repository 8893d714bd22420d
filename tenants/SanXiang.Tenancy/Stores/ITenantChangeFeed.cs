namespace SanXiang.Tenancy.Stores;

/// <summary>Where a tenant cache learns which tenants changed, in whatever process the change was made.</summary>
public interface ITenantChangeFeed
{
    /// <summary>
    /// The tenants changed after <paramref name="version"/>. A version the feed cannot answer for
    /// (<see cref="long.MaxValue"/> for "none yet", or one older than it remembers) is answered with
    /// <see cref="TenantChangeSet.Identifiers"/> null: everything may have changed.
    /// </summary>
    Task<TenantChangeSet> ReadSinceAsync(long version);
}
