using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Plugins;
using SanXiang.Silo.Sectors;
using SanXiang.Web.Auth;
using SanXiang.Web.Components.Pages;
using SanXiang.Web.Tests.Components;

namespace SanXiang.Web.Tests.Sectors;

public sealed class PluginsPageShould : ConsoleTestContext
{
    private static readonly SectorInfo Market = new("market-regulation", "市场监管", "2.1.0", [EnforcementCategory.Penalty, EnforcementCategory.Inspection]);

    private IRenderedComponent<PluginsPage> RenderAs(bool platformAdmin)
    {
        var template = new DocumentTemplate("penalty-decision", "行政处罚决定书", "{机关代字}罚〔{年}〕{序号}号", [], "t.liquid");
        Services.AddSingleton<ISectorRegistry>(FakeSectorPlugin.Registry(
            new FakeSectorPlugin(Market, template),
            new PluginFailure("SanXiang.Plugins.Broken", "/srv/plugins/Broken/BrokenPlugin.cs", 12, ["加载时抛出异常：InvalidOperationException: boom"])));
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        if (platformAdmin)
        {
            auth.SetClaims(new Claim(SanXiangClaims.PlatformAdmin, "true"));
        }

        return Render<PluginsPage>();
    }

    [Fact]
    public void ListTheLoadedPluginWithItsVersionCategoriesAndCounts()
    {
        var cut = RenderAs(platformAdmin: true);

        var row = cut.Find(".loaded-plugins tbody tr").TextContent;
        Assert.DoesNotContain("market-regulation", row, StringComparison.Ordinal);
        Assert.Contains("市场监管", row, StringComparison.Ordinal);
        Assert.Contains("2.1.0", row, StringComparison.Ordinal);
        Assert.Contains("行政处罚、行政检查", row, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowWhyAPluginWasSkippedAndWhere()
    {
        var cut = RenderAs(platformAdmin: true);

        var failure = cut.Find(".plugin-failure").TextContent;
        Assert.Contains("插件 SanXiang.Plugins.Broken 未加载", failure, StringComparison.Ordinal);
        Assert.Contains("BrokenPlugin.cs 第 12 行", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("/srv/plugins", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("boom", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowNothingButARefusalToOtherUsers()
    {
        var cut = RenderAs(platformAdmin: false);

        Assert.Contains("只有平台管理员可以查看领域插件", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".loaded-plugins"));
    }
}
