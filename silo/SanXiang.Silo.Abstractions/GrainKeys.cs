namespace SanXiang.Silo;

/// <summary>
/// Every grain key starts with the tenant id (ARCHITECTURE.md, principle 2). Platform-wide grains
/// (the agency directory, sign-in accounts) live under the reserved prefix <see cref="Platform"/>,
/// which no agency may take as its id.
/// </summary>
public static class GrainKeys
{
    public const string Platform = "platform";

    public const char Separator = '/';

    public static string For(string tenantId, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return tenantId + Separator + id;
    }

    /// <summary>The tenant a key belongs to: everything before the first separator, or the whole key.</summary>
    public static string TenantOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf(Separator, StringComparison.Ordinal);
        return slash < 0 ? key : key[..slash];
    }
}
