using SanXiang.Tenancy.Context;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Blazor;

/// <summary>
/// The tenant of one Blazor circuit. An interactive circuit outlives the HTTP request that
/// started it, and async-locals do not flow into its events, so the tenant is kept here and put
/// back into the accessor on every inbound activity by <see cref="TenantCircuitHandler{TTenantInfo}"/>.
/// </summary>
public sealed class CircuitTenant<TTenantInfo>(ITenantStore<TTenantInfo> store, ITenantContextSetter<TTenantInfo> setter)
    where TTenantInfo : class, ITenantInfo
{
    public TenantContext<TTenantInfo>? Context { get; private set; }

    /// <summary>Enters the tenant a page is for; false if there is no such tenant.</summary>
    public async Task<bool> EnterAsync(string identifier)
    {
        if (Context?.TenantInfo.Identifier == identifier)
        {
            setter.Set(Context);
            return true;
        }

        var tenant = await store.TryGetByIdentifierAsync(identifier);
        Context = tenant is null ? null : new TenantContext<TTenantInfo>(tenant, "Circuit");
        setter.Set(Context);
        return tenant is not null;
    }

    public void Leave()
    {
        Context = null;
        setter.Set(null);
    }
}
