using Microsoft.Extensions.Options;

namespace SanXiang.Tenancy.Stores;

/// <summary>
/// Tenants in process memory (Finbuckle's DistributedCacheStore, without a distributed cache: each
/// process keeps its own, and all of them learn of changes from one <see cref="ITenantChangeFeed"/>).
/// Before it answers, the cache makes sure it has read the feed within <see cref="TenantCacheOptions.SyncInterval"/>;
/// one read serves every request waiting on it, so a busy process asks the feed at most once per interval.
/// When the feed cannot be read the cache forgets everything rather than answer from what may be stale.
/// It does not list tenants: <see cref="GetAllAsync"/> returns only those it holds. It holds at most
/// every tenant once (a province: 7 000 small records), and never an identifier no store knew.
/// </summary>
public sealed class MemoryCacheTenantStore<TTenantInfo>(ITenantChangeFeed feed, IOptions<TenantCacheOptions> options, TimeProvider clock)
    : ITenantStore<TTenantInfo>, ITenantCache<TTenantInfo>
    where TTenantInfo : class, ITenantInfo
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, TTenantInfo> tenants = new(StringComparer.Ordinal);
    private long version = long.MaxValue;
    private DateTimeOffset syncedAt = DateTimeOffset.MinValue;
    private Task? sync;

    public long Generation { get; private set; }

    public async Task<TTenantInfo?> TryGetByIdentifierAsync(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        await SyncIfDueAsync();
        lock (gate)
        {
            return tenants.GetValueOrDefault(identifier);
        }
    }

    public Task<IReadOnlyList<TTenantInfo>> GetAllAsync()
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<TTenantInfo>>([.. tenants.Values]);
        }
    }

    public void Put(TTenantInfo tenant, long generation)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        lock (gate)
        {
            if (generation == Generation)
            {
                tenants[tenant.Identifier] = tenant;
            }
        }
    }

    private Task SyncIfDueAsync()
    {
        lock (gate)
        {
            if (clock.GetUtcNow() - syncedAt < options.Value.SyncInterval)
            {
                return Task.CompletedTask;
            }

            // A feed that answers at once runs the whole sync here, under the (reentrant) lock.
            if (sync is not { IsCompleted: false })
            {
                sync = SyncAsync();
            }

            return sync;
        }
    }

    private async Task SyncAsync()
    {
        // Taken before the read: whatever changed after this moment is left to the next sync.
        var startedAt = clock.GetUtcNow();
        long since;
        lock (gate)
        {
            since = version;
        }

        TenantChangeSet? changes = null;
        try
        {
            changes = await feed.ReadSinceAsync(since);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not swallowed: the store behind this one is asked next and reports the failure if it has one.
        }

        lock (gate)
        {
            if (changes is null)
            {
                Forget();
                return;
            }

            if (changes.Identifiers is null)
            {
                Forget();
            }
            else if (changes.Identifiers.Count > 0)
            {
                Generation++;
                foreach (var identifier in changes.Identifiers)
                {
                    tenants.Remove(identifier);
                }
            }

            version = changes.Version;
            syncedAt = startedAt;
        }
    }

    private void Forget()
    {
        Generation++;
        tenants.Clear();
        version = long.MaxValue;
    }
}
