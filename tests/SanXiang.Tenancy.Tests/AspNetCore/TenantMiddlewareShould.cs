using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SanXiang.Silo;
using SanXiang.Tenancy.AspNetCore;
using SanXiang.Tenancy.Context;
using SanXiang.Tenancy.Resolution;
using SanXiang.Tenancy.Strategies;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.AspNetCore;

public class TenantMiddlewareShould
{
    private readonly AsyncLocalTenantContextAccessor<SanXiangTenantInfo> accessor = new();

    private readonly TenantResolver<SanXiangTenantInfo> resolver =
        new([new RouteStrategy(), new HeaderStrategy()], new InMemoryTenantStore<SanXiangTenantInfo>([Tenants.Xuchang]));

    private async Task<(DefaultHttpContext Context, string Body, bool NextRan)> SendAsync(string path, string accept, string? header = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.Headers.Accept = accept;
        if (header is not null)
        {
            context.Request.Headers[HeaderStrategy.HeaderName] = header;
        }

        var body = new MemoryStream();
        context.Response.Body = body;
        var nextRan = false;
        var middleware = new TenantMiddleware<SanXiangTenantInfo>(_ =>
        {
            nextRan = true;
            Assert.Equal("xuchang", accessor.TenantContext?.TenantInfo.Id);
            Assert.Equal("xuchang", TenantCallContext.Current);
            return Task.CompletedTask;
        });
        await middleware.InvokeAsync(context, resolver, accessor);
        return (context, System.Text.Encoding.UTF8.GetString(body.ToArray()), nextRan);
    }

    [Fact]
    public async Task SetTheTenantForTheRestOfTheRequestAndClearItAfterwards()
    {
        var (context, _, nextRan) = await SendAsync("/t/xuchang/ledger", "text/html");
        Assert.True(nextRan);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Null(accessor.TenantContext);
    }

    [Fact]
    public async Task ShowBrowsersAChineseNotFoundPageForAnUnknownTenant()
    {
        var (context, body, nextRan) = await SendAsync("/t/nowhere/", "text/html,application/xhtml+xml");
        Assert.False(nextRan);
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.Contains("未找到机关", body, StringComparison.Ordinal);
        Assert.Contains("nowhere", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GiveApiClientsTheTenantNotFoundCode()
    {
        var (context, body, nextRan) = await SendAsync("/graphql", "application/json", header: "nowhere");
        Assert.False(nextRan);
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("TENANT_NOT_FOUND", json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
