using Microsoft.AspNetCore.Http;

namespace SanXiang.Tenancy.Strategies;

/// <summary>The signed-in user's home tenant, for requests that name none.</summary>
public sealed class ClaimStrategy : ITenantStrategy
{
    public const string ClaimType = "sx:tenant";

    public Task<string?> GetIdentifierAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(context.User.FindFirst(ClaimType)?.Value);
    }
}
