using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// axe-core over the main pages as each kind of user meets them: no serious or critical violation (labels, names,
/// contrast, landmarks, language), and headings that go down one level at a time (heading-order, moderate in axe),
/// since a screen-reader user moves through a page by its headings — so a keyboard or screen-reader user can work the
/// same pages.
/// </summary>
public sealed class AccessibilityShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string DemoPassword = "SanXiang@2026";

    [Fact]
    public async Task LeaveNoSeriousViolationNorSkippedHeadingLevelOnTheMainPages()
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

        var signedIn = new (string User, string Password, string[] Paths, string Ready)[]
        {
            ("xintian-scjg.officer", DemoPassword, ["/t/xintian-scjg/my-cases", "/t/xintian-scjg/cases"], "main"),
            ("xintian-scjg.reviewer", DemoPassword, ["/t/xintian-scjg/reviews"], "main"),
            ("xintian-scjg.admin", DemoPassword, ["/t/xintian-scjg", "/t/xintian-scjg/officers", "/t/xintian-scjg/disclosures", "/t/xintian-scjg/settings"], "main"),
            ("xuchang.admin", DemoPassword, ["/t/xuchang", "/t/xuchang/ledger"], "main"),
            ("xintian-sfj.supervisor", DemoPassword, ["/"], "main"),
            ("admin", AdminPassword, ["/", "/calendar", "/plugins"], "main"),
        };
        foreach (var (user, password, paths, ready) in signedIn)
        {
            await using var browser = await Chromium.SignedInAsync(playwright, app, user, password);
            var page = await Chromium.PageAsync(browser);
            foreach (var path in paths)
            {
                found.AddRange(await CheckAsync(page, path, ready));
                if (path == "/calendar")
                {
                    found.AddRange(await SelectedYearAsync(page));
                }
            }
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    // The calendar's year buttons say which year is shown, to the eye (filled) and to a screen reader (aria-pressed):
    // this year (China time) when the page opens.
    private static async Task<IEnumerable<string>> SelectedYearAsync(IPage page)
    {
        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        var pressed = page.Locator(".calendar-years button[aria-pressed=true]");
        if (await pressed.CountAsync() != 1)
        {
            return [$"/calendar: {await pressed.CountAsync()} year buttons are aria-pressed, not one"];
        }

        var text = (await pressed.InnerTextAsync()).Trim();
        var filled = (await pressed.GetAttributeAsync("class") ?? string.Empty).Contains("mud-button-filled", StringComparison.Ordinal);
        return text == $"{year}年" && filled ? [] : [$"/calendar: the pressed year button is “{text}” (filled: {filled}), not {year}年 filled"];
    }

    private async Task<IEnumerable<string>> CheckAsync(IPage page, string path, string ready)
    {
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator(ready).First.WaitForAsync();
        var result = await page.RunAxe();
        var failing = result.Violations.Where(v => v.Impact is "serious" or "critical" || v.Id is "heading-order" or "empty-table-header").ToList();
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{path} [{violation.Impact}] {violation.Id}: {violation.Help} — {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))}");
        }

        return failing.Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}");
    }
}
