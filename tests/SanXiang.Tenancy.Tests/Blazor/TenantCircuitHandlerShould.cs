using SanXiang.Silo;
using SanXiang.Tenancy.Blazor;
using SanXiang.Tenancy.Context;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.Blazor;

public class TenantCircuitHandlerShould
{
    private readonly AsyncLocalTenantContextAccessor<SanXiangTenantInfo> accessor = new();

    private CircuitTenant<SanXiangTenantInfo> NewCircuit() =>
        new(new InMemoryTenantStore<SanXiangTenantInfo>([Tenants.Xuchang, Tenants.Gengma]), accessor);

    [Fact]
    public async Task RestoreTheCircuitsTenantInAnActivityThatLostIt()
    {
        var circuit = NewCircuit();
        await Task.Run(() => circuit.EnterAsync("gengma-yjj"));

        // A later circuit event runs in a fresh async flow, where the async-local is empty.
        Assert.Null(accessor.TenantContext);
        var handler = new TenantCircuitHandler<SanXiangTenantInfo>(circuit, accessor);
        string? seen = null, stamped = null;
        var activity = handler.CreateInboundActivityHandler(_ =>
        {
            seen = accessor.TenantContext?.TenantInfo.Id;
            stamped = TenantCallContext.Current;
            return Task.CompletedTask;
        });
        await Task.Run(() => activity(null!));
        Assert.Equal("gengma-yjj", seen);
        Assert.Equal("gengma-yjj", stamped);
    }

    [Fact]
    public async Task RefuseToEnterAnUnknownTenant()
    {
        var circuit = NewCircuit();
        Assert.False(await circuit.EnterAsync("nowhere"));
        Assert.Null(circuit.Context);
    }

    [Fact]
    public async Task SwitchTenantsWhenTheUserOpensAnotherAgency()
    {
        var circuit = NewCircuit();
        await circuit.EnterAsync("xuchang");
        await circuit.EnterAsync("gengma-yjj");
        Assert.Equal("gengma-yjj", circuit.Context?.TenantInfo.Id);
    }
}
