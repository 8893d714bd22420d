using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Cases;
using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;

namespace SanXiang.Web.Tests.Components.Cases;

public sealed class CaseSearchPageShould : ConsoleTestContext
{
    private const string Station = "xintian-scjg-t01";

    private IRenderedComponent<CaseSearchPage> RenderPage(FakeCaseConsoleData cases)
    {
        var department = new AgencyProfile("xintian-sfj", "新田县司法局", AgencyLevel.County, "judicial", "431128", null, null, false, "test");
        var view = new AgencyView(AgencyViewStatus.Found, "xintian-sfj", new Agency(department, [], null, null));
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(view) { Today = CaseSamples.Today });
        Services.AddSingleton<ICaseConsoleData>(cases);
        RenderPopoverProvider();
        return Render<CaseSearchPage>(p => p.Add(c => c.Tenant, "xintian-sfj"));
    }

    [Fact]
    public void ListTheCasesOfTheAgenciesBelowWithWhoseTheyAreAndTheirBeijingDate()
    {
        var cases = new FakeCaseConsoleData
        {
            Summaries =
            [
                CaseSamples.Summary("2026-0001", "销售超过保质期的食品案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Zhang),

                // Filed at 01:00 Beijing time on 21 November, which is still the 20th in UTC.
                CaseSamples.Summary("2026-0002", "无照经营案", CaseStatus.Closed, EnforcementCategory.Penalty, CaseSamples.Li) with
                {
                    TenantId = Station, OpenedAt = new DateTimeOffset(2026, 11, 20, 17, 0, 0, TimeSpan.Zero),
                },
            ],
            AgencyNames = new() { ["xintian-scjg"] = "新田县市场监督管理局", [Station] = "新田县第一市场监督管理所" },
        };

        var cut = RenderPage(cases);

        var rows = cut.FindAll(".scoped-case-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("新田县第一市场监督管理所", rows[0], StringComparison.Ordinal);
        Assert.Contains("2026-11-21", rows[0], StringComparison.Ordinal);
        Assert.Contains("已结案", rows[0], StringComparison.Ordinal);
        Assert.Contains("新田县市场监督管理局", rows[1], StringComparison.Ordinal);
        Assert.Contains("销售超过保质期的食品案", rows[1], StringComparison.Ordinal);
        Assert.Contains("新田县某某食品超市有限公司", rows[1], StringComparison.Ordinal);
        Assert.Equal($"/t/{Station}/cases/2026-0002", cut.FindAll(".scoped-case-table .case-link")[0].GetAttribute("href"));
        Assert.True(cases.LastQuery!.IncludeSubordinates);
    }

    [Fact]
    public void SearchTheTextTypedIntoTheBox()
    {
        var cases = new FakeCaseConsoleData
        {
            Summaries =
            [
                CaseSamples.Summary("2026-0001", "销售超过保质期的食品案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Zhang),
                CaseSamples.Summary("2026-0002", "无照经营案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Li),
            ],
        };
        var cut = RenderPage(cases);

        cut.Find(".case-search-text input").Input("保质期");

        cut.WaitForAssertion(() => Assert.Equal(["2026-0001"], cut.FindAll(".scoped-case-table .case-link").Select(a => a.TextContent.Trim())));
        Assert.Equal("保质期", cases.LastQuery!.Text);
        Assert.Contains("共 1 件", cut.Find(".case-count").TextContent, StringComparison.Ordinal);
    }
}
