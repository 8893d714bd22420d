using Microsoft.AspNetCore.Http;

namespace SanXiang.Tenancy.Strategies;

/// <summary>
/// <c>/t/{tenant}/…</c>. Read from the path itself rather than route values, because the resolver
/// runs before endpoint routing has matched anything (and Blazor pages route on the client).
/// </summary>
public sealed class RouteStrategy : ITenantStrategy
{
    public const string Prefix = "/t/";

    public Task<string?> GetIdentifierAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(FromPath(context.Request.Path.Value));
    }

    public static string? FromPath(string? path)
    {
        if (path is null || !path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = path[Prefix.Length..];
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        var identifier = Uri.UnescapeDataString(end < 0 ? rest : rest[..end]);
        return identifier.Length == 0 ? null : identifier;
    }
}
