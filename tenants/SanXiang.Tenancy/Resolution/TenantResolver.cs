using Microsoft.AspNetCore.Http;
using SanXiang.Tenancy.Strategies;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Resolution;

/// <summary>
/// Tries the strategies in the order they were registered; the first that yields an identifier
/// decides. An identifier the store does not know is reported as unknown rather than passed to the
/// next strategy: a request for <c>/t/x/</c> must not quietly show the user's home tenant instead.
/// </summary>
public sealed class TenantResolver<TTenantInfo>(IEnumerable<ITenantStrategy> strategies, ITenantStore<TTenantInfo> store)
    where TTenantInfo : class, ITenantInfo
{
    private readonly ITenantStrategy[] ordered = [.. strategies];

    public IReadOnlyList<ITenantStrategy> Strategies => ordered;

    public async Task<TenantResolution<TTenantInfo>> ResolveAsync(HttpContext context)
    {
        foreach (var strategy in ordered)
        {
            var identifier = await strategy.GetIdentifierAsync(context);
            if (identifier is null)
            {
                continue;
            }

            var tenant = await store.TryGetByIdentifierAsync(identifier);
            return new TenantResolution<TTenantInfo>(tenant, identifier, strategy.GetType().Name);
        }

        return TenantResolution<TTenantInfo>.None;
    }
}
