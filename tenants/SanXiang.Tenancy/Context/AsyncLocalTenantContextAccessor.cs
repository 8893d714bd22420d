using SanXiang.Silo;

namespace SanXiang.Tenancy.Context;

/// <summary>
/// Holds the tenant in an async-local slot, so it follows awaits within one request. Setting it
/// also stamps Orleans' request context, so grain calls made from here carry the tenant and a
/// grain of another tenant refuses them (<c>TENANT_MISMATCH</c>).
/// </summary>
public sealed class AsyncLocalTenantContextAccessor<TTenantInfo> : ITenantContextAccessor<TTenantInfo>, ITenantContextSetter<TTenantInfo>
    where TTenantInfo : class, ITenantInfo
{
    private static readonly AsyncLocal<TenantContext<TTenantInfo>?> Current = new();

    public TenantContext<TTenantInfo>? TenantContext => Current.Value;

    public void Set(TenantContext<TTenantInfo>? context)
    {
        Current.Value = context;
        TenantCallContext.Set(context?.TenantInfo.Id);
    }
}
