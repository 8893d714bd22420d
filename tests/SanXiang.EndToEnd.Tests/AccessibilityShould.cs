using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// axe-core over the main pages as each kind of user meets them: no serious or critical violation (labels, names,
/// contrast, landmarks, language), so a keyboard or screen-reader user can work the same pages.
/// </summary>
public sealed class AccessibilityShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string DemoPassword = "SanXiang@2026";

    [Fact]
    public async Task LeaveNoSeriousViolationOnTheMainPages()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        var found = new List<string>();

        await using (var anonymous = await Chromium.LaunchAsync(playwright, app.BaseAddress))
        {
            var page = await Chromium.PageAsync(anonymous);
            foreach (var path in new[] { "/login", "/gs", "/gs/xintian-scjg", "/verify" })
            {
                found.AddRange(await CheckAsync(page, path, "body"));
            }
        }

        var signedIn = new (string User, string[] Paths, string Ready)[]
        {
            ("xintian-scjg.officer", ["/t/xintian-scjg/my-cases", "/t/xintian-scjg/cases"], "main"),
            ("xintian-scjg.reviewer", ["/t/xintian-scjg/reviews"], "main"),
            ("xintian-scjg.admin", ["/t/xintian-scjg", "/t/xintian-scjg/officers", "/t/xintian-scjg/disclosures"], "main"),
            ("xuchang.admin", ["/t/xuchang", "/t/xuchang/ledger"], "main"),
            ("xintian-sfj.supervisor", ["/"], "main"),
        };
        foreach (var (user, paths, ready) in signedIn)
        {
            await using var browser = await Chromium.SignedInAsync(playwright, app, user, DemoPassword);
            var page = await Chromium.PageAsync(browser);
            foreach (var path in paths)
            {
                found.AddRange(await CheckAsync(page, path, ready));
            }
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    private async Task<IEnumerable<string>> CheckAsync(IPage page, string path, string ready)
    {
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator(ready).First.WaitForAsync();
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{path} [{violation.Impact}] {violation.Id}: {violation.Help} — {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))}");
        }

        return serious.Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}");
    }
}
