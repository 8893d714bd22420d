using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Web.Components.Cases;
using SanXiang.Web.Components.Data;

namespace SanXiang.Web.Tests.Components.Cases;

public sealed class CasesLinkShould : ConsoleTestContext
{
    [Fact]
    public void CountOverdueAndDueCasesOfTheAgency()
    {
        var today = CaseSamples.Today;
        Services.AddSingleton<ICaseConsoleData>(new FakeCaseConsoleData
        {
            Summaries =
            [
                CaseSamples.Summary("2026-0001", "甲案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Zhang, today.AddDays(-1)),
                CaseSamples.Summary("2026-0002", "乙案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Zhang, today.AddDays(-5), today.AddDays(1)),
                CaseSamples.Summary("2026-0003", "丙案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Zhang, today),
                CaseSamples.Summary("2026-0004", "丁案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Zhang, today.AddDays(30)),
            ],
        });

        var cut = Render<CasesLink>(p => p.Add(l => l.Tenant, "xintian-scjg").Add(l => l.Today, today));

        Assert.Equal("逾期 2", cut.Find(".cases-overdue-count").TextContent.Trim());
        Assert.Equal("到期 1", cut.Find(".cases-due-count").TextContent.Trim());
        Assert.Equal("/t/xintian-scjg/cases", cut.Find("a.cases-link").GetAttribute("href"));
    }
}
