using Microsoft.AspNetCore.Components.Server.Circuits;
using SanXiang.Tenancy.Context;

namespace SanXiang.Tenancy.Blazor;

/// <summary>Restores the circuit's tenant into the accessor before each inbound activity (event, render, JS call).</summary>
public sealed class TenantCircuitHandler<TTenantInfo>(CircuitTenant<TTenantInfo> circuitTenant, ITenantContextSetter<TTenantInfo> setter) : CircuitHandler
    where TTenantInfo : class, ITenantInfo
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            setter.Set(circuitTenant.Context);
            return next(context);
        };
}
