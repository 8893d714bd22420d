using Microsoft.Extensions.Options;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.Stores;

public sealed class MemoryCacheTenantStoreShould
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly ManualClock clock = new();
    private readonly ScriptedFeed feed = new();
    private readonly CountingStore source = new(Tenants.Xuchang, Tenants.Gengma);
    private readonly TenantStores<SanXiangTenantInfo> stores;

    public MemoryCacheTenantStoreShould()
    {
        var cache = new MemoryCacheTenantStore<SanXiangTenantInfo>(feed, Options.Create(new TenantCacheOptions { SyncInterval = Interval }), clock);
        stores = new TenantStores<SanXiangTenantInfo>([cache, source]);
    }

    [Fact]
    public async Task AnswerARepeatedLookupWithoutAskingTheStoreBehindIt()
    {
        await stores.TryGetByIdentifierAsync("xuchang");
        clock.Advance(Interval * 3);
        var again = await stores.TryGetByIdentifierAsync("xuchang");

        Assert.Equal("许昌市", again?.Name);
        Assert.Equal(1, source.Lookups);
    }

    [Fact]
    public async Task ReadTheFeedAtMostOncePerInterval()
    {
        for (var i = 0; i < 10; i++)
        {
            await stores.TryGetByIdentifierAsync("xuchang");
            clock.Advance(Interval / 4);
        }

        Assert.Equal(3, feed.Reads);
    }

    [Fact]
    public async Task ServeAChangedTenantFreshOnceTheIntervalHasPassed()
    {
        await stores.TryGetByIdentifierAsync("xuchang");
        source.Rename("xuchang", "许昌市（新）");
        feed.Change("xuchang");

        clock.Advance(Interval - TimeSpan.FromMilliseconds(1));
        Assert.Equal("许昌市", (await stores.TryGetByIdentifierAsync("xuchang"))?.Name);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("许昌市（新）", (await stores.TryGetByIdentifierAsync("xuchang"))?.Name);
    }

    [Fact]
    public async Task KeepTenantsTheFeedDoesNotName()
    {
        await stores.TryGetByIdentifierAsync("xuchang");
        await stores.TryGetByIdentifierAsync("gengma-yjj");
        feed.Change("xuchang");
        clock.Advance(Interval);

        await stores.TryGetByIdentifierAsync("gengma-yjj");

        Assert.Equal(2, source.Lookups);
    }

    [Fact]
    public async Task ForgetEverythingWhenTheFeedCannotListTheChanges()
    {
        await stores.TryGetByIdentifierAsync("gengma-yjj");
        source.Rename("gengma-yjj", "耿马县应急管理局（新）");
        feed.Unlistable = true;
        clock.Advance(Interval);

        Assert.Equal("耿马县应急管理局（新）", (await stores.TryGetByIdentifierAsync("gengma-yjj"))?.Name);
    }

    [Fact]
    public async Task ServeNothingFromMemoryWhileTheFeedCannotBeRead()
    {
        await stores.TryGetByIdentifierAsync("xuchang");
        feed.Fails = true;
        source.Rename("xuchang", "许昌市（新）");
        clock.Advance(Interval);

        Assert.Equal("许昌市（新）", (await stores.TryGetByIdentifierAsync("xuchang"))?.Name);
        Assert.Equal("许昌市（新）", (await stores.TryGetByIdentifierAsync("xuchang"))?.Name);
        Assert.Equal(3, source.Lookups);
    }

    [Fact]
    public async Task NotKeepAnAnswerThatAChangeOvertookOnItsWayBack()
    {
        // The store reads the old name; before the answer reaches the cache, the change lands and a sync learns of it.
        source.WhileAnswering = () =>
        {
            source.Rename("xuchang", "许昌市（新）");
            feed.Change("xuchang");
            clock.Advance(Interval);
            _ = stores.Stores[0].TryGetByIdentifierAsync("gengma-yjj");
        };
        Assert.Equal("许昌市", (await stores.TryGetByIdentifierAsync("xuchang"))?.Name);

        Assert.Equal("许昌市（新）", (await stores.TryGetByIdentifierAsync("xuchang"))?.Name);
    }

    [Fact]
    public async Task NotRememberAnIdentifierNoStoreKnows()
    {
        Assert.Null(await stores.TryGetByIdentifierAsync("nowhere"));
        Assert.Null(await stores.TryGetByIdentifierAsync("nowhere"));
        Assert.Equal(2, source.Lookups);
    }
}
