using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Tenancy.Resolution;
using SanXiang.Tenancy.Strategies;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.Resolution;

public class TenantResolverShould
{
    private static readonly InMemoryTenantStore<SanXiangTenantInfo> Store = new([Tenants.Xuchang, Tenants.Gengma, Tenants.Yuxi]);

    private static readonly TenantResolver<SanXiangTenantInfo> Resolver = new([new RouteStrategy(), new HeaderStrategy(), new ClaimStrategy()], Store);

    private static DefaultHttpContext Request(string path, string? header = null, string? claim = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        if (header is not null)
        {
            context.Request.Headers[HeaderStrategy.HeaderName] = header;
        }

        if (claim is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimStrategy.ClaimType, claim)], "test"));
        }

        return context;
    }

    [Fact]
    public async Task PreferTheRouteOverTheHeaderAndTheClaim()
    {
        var resolution = await Resolver.ResolveAsync(Request("/t/xuchang/ledger", header: "gengma-yjj", claim: "yuxi-sfj"));
        Assert.Equal("xuchang", resolution.TenantInfo?.Id);
        Assert.Equal(nameof(RouteStrategy), resolution.Strategy);
    }

    [Fact]
    public async Task PreferTheHeaderOverTheClaim()
    {
        var resolution = await Resolver.ResolveAsync(Request("/graphql", header: "gengma-yjj", claim: "yuxi-sfj"));
        Assert.Equal("gengma-yjj", resolution.TenantInfo?.Id);
        Assert.Equal(nameof(HeaderStrategy), resolution.Strategy);
    }

    [Fact]
    public async Task FallBackToTheUsersHomeTenantWhenTheRequestNamesNone()
    {
        var resolution = await Resolver.ResolveAsync(Request("/", claim: "yuxi-sfj"));
        Assert.Equal("yuxi-sfj", resolution.TenantInfo?.Id);
    }

    [Fact]
    public async Task ReportAnUnknownTenantInsteadOfFallingBackToTheNextStrategy()
    {
        var resolution = await Resolver.ResolveAsync(Request("/t/nowhere/", claim: "yuxi-sfj"));
        Assert.True(resolution.IsUnknown);
        Assert.Equal("nowhere", resolution.Identifier);
        Assert.Null(resolution.TenantInfo);
    }

    [Fact]
    public async Task FindNothingWhenNoStrategyNamesATenant()
    {
        var resolution = await Resolver.ResolveAsync(Request("/login"));
        Assert.False(resolution.IsFound);
        Assert.False(resolution.IsUnknown);
    }

    [Fact]
    public void TryStrategiesInTheOrderTheyWereRegistered()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITenantStore<SanXiangTenantInfo>>(Store);
        services.AddMultiTenant<SanXiangTenantInfo>().WithHeaderStrategy().WithRouteStrategy();
        using var provider = services.BuildServiceProvider();
        var resolver = provider.GetRequiredService<TenantResolver<SanXiangTenantInfo>>();
        Assert.Equal([typeof(HeaderStrategy), typeof(RouteStrategy)], resolver.Strategies.Select(s => s.GetType()));
    }
}
