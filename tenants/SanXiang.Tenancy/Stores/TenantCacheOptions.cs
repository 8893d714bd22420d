namespace SanXiang.Tenancy.Stores;

public sealed class TenantCacheOptions
{
    /// <summary>
    /// How old the cache's knowledge of changes may be when it answers: a tenant changed through any
    /// process is served stale for at most this long (plus one round trip to the feed).
    /// </summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(2);
}
