using Microsoft.AspNetCore.Http;

namespace SanXiang.Tenancy.Strategies;

/// <summary>Finds the identifier of the tenant a request is for, or null if this strategy cannot tell.</summary>
public interface ITenantStrategy
{
    Task<string?> GetIdentifierAsync(HttpContext context);
}
