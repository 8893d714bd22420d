using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.Stores;

/// <summary>What every tenant store must do; each store runs this suite.</summary>
public abstract class TenantStoreContract
{
    /// <summary>A store holding exactly Xuchang and Gengma.</summary>
    protected abstract Task<ITenantStore<SanXiangTenantInfo>> CreateStoreAsync();

    [Fact]
    public async Task FindATenantByItsIdentifier()
    {
        var store = await CreateStoreAsync();
        var tenant = await store.TryGetByIdentifierAsync("xuchang");
        Assert.Equal("许昌市", tenant?.Name);
        Assert.Equal("henan-sft", tenant?.ParentId);
    }

    [Fact]
    public async Task ReturnNullWhenTenantNotFound()
    {
        var store = await CreateStoreAsync();
        Assert.Null(await store.TryGetByIdentifierAsync("nowhere"));
    }

    [Fact]
    public async Task MatchIdentifiersExactly()
    {
        var store = await CreateStoreAsync();
        Assert.Null(await store.TryGetByIdentifierAsync("XUCHANG"));
    }

    [Fact]
    public async Task ListEveryTenant()
    {
        var store = await CreateStoreAsync();
        Assert.Equal(["gengma-yjj", "xuchang"], (await store.GetAllAsync()).Select(t => t.Id).Order(StringComparer.Ordinal));
    }
}
