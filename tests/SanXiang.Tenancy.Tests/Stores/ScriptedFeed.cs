using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.Stores;

/// <summary>A change feed whose version and changes the test sets; it counts how often it is read.</summary>
internal sealed class ScriptedFeed : ITenantChangeFeed
{
    private readonly List<(long Version, string Identifier)> changes = [];

    public long Version { get; private set; } = 1;

    public int Reads { get; private set; }

    public bool Fails { get; set; }

    /// <summary>When set, a read answers "everything may have changed".</summary>
    public bool Unlistable { get; set; }

    public void Change(string identifier) => changes.Add((++Version, identifier));

    public Task<TenantChangeSet> ReadSinceAsync(long version)
    {
        Reads++;
        if (Fails)
        {
            throw new InvalidOperationException("the cluster is unreachable");
        }

        return Task.FromResult(version > Version || Unlistable
            ? new TenantChangeSet(Version, null)
            : new TenantChangeSet(Version, [.. changes.Where(c => c.Version > version).Select(c => c.Identifier)]));
    }
}
