using Microsoft.AspNetCore.Http;

namespace SanXiang.Tenancy.Strategies;

/// <summary>The <c>X-SanXiang-Tenant</c> header, for API clients.</summary>
public sealed class HeaderStrategy : ITenantStrategy
{
    public const string HeaderName = "X-SanXiang-Tenant";

    public Task<string?> GetIdentifierAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Request.Headers[HeaderName].ToString().Trim();
        return Task.FromResult(value.Length == 0 ? null : value);
    }
}
