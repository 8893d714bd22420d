using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// Issue 13's supervision as its users work: 新田县司法局 opens a special inspection of 新田县市场监督管理局, records a finding
/// and assigns it as a rectification task; the agency submits its evidence from its own page; the department accepts it.
/// </summary>
public sealed class RectificationFlowShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string DemoPassword = "SanXiang@2026";
    private const string Department = "xintian-sfj";
    private const string Agency = "xintian-scjg";

    [Fact]
    public async Task CarryAFindingThroughEvidenceToAcceptance()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        var passed = false;
        try
        {
            await using var supervisor = await Chromium.SignedInAsync(playwright, app, $"{Department}.supervisor", DemoPassword);
            var page = await Chromium.PageAsync(supervisor);
            await page.GotoAsync($"/t/{Department}/supervision");
            await page.Locator(".supervision-heading[data-interactive=true]").WaitForAsync();
            await page.Locator(".inspection-agency input").FillAsync("市场监督");
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "新田县市场监督管理局" }).ClickAsync();

            // The choice reaches the circuit before 开展检查 is pressed, and the field names the agency, not its id.
            await page.WaitForFunctionAsync("() => document.querySelector('.inspection-agency input')?.value === '新田县市场监督管理局'");
            await page.Locator(".inspection-create-submit").ClickAsync();

            await page.Locator(".inspection-heading[data-interactive=true]").WaitForAsync();
            var inspectionUrl = page.Url;
            await page.Locator(".finding-text input").FillAsync("执法人员清单未按期更新");
            await page.Locator(".finding-submit").ClickAsync();
            await page.Locator(".finding-row", new() { HasTextString = "执法人员清单未按期更新" }).WaitForAsync();
            await page.Locator(".rectification-problem textarea").First.FillAsync("更新并公示执法人员清单");
            await page.Locator(".rectification-deadline input").FillAsync(Deadline());
            await page.Locator(".rectification-deadline input").PressAsync("Tab");
            await page.Locator(".rectification-create-submit").ClickAsync();
            await page.Locator(".rectification-panel .rectification-state", new() { HasTextString = "整改中" }).WaitForAsync();

            await using (var head = await Chromium.SignedInAsync(playwright, app, $"{Agency}.admin", DemoPassword))
            {
                var own = await Chromium.PageAsync(head);
                await own.GotoAsync($"/t/{Agency}/supervision");
                await own.Locator(".supervision-heading[data-interactive=true]").WaitForAsync();
                var row = own.Locator(".rectification-row", new() { HasTextString = "更新并公示执法人员清单" });
                await row.Locator(".rectification-submit-open").ClickAsync();
                await own.Locator(".rectification-note textarea").First.FillAsync("已更新执法人员清单并在门户网站公示");
                await own.Locator(".plan-evidence-title-0 input").FillAsync("《新田县市场监督管理局执法人员清单》");
                await own.Locator(".rectification-submit").ClickAsync();
                await row.Locator(".rectification-state", new() { HasTextString = "待验收" }).WaitForAsync();
            }

            await page.GotoAsync(inspectionUrl);
            await page.Locator(".inspection-heading[data-interactive=true]").WaitForAsync();
            await page.Locator(".rectification-accept").ClickAsync();
            await page.Locator(".rectification-panel .rectification-state", new() { HasTextString = "已验收" }).WaitForAsync();
            var history = await page.Locator(".rectification-history").InnerTextAsync();
            Assert.Contains("提交整改材料", history, StringComparison.Ordinal);
            Assert.Contains("新田县市场监督管理局", history, StringComparison.Ordinal);
            Assert.Contains("验收通过", history, StringComparison.Ordinal);
            passed = true;
        }
        finally
        {
            if (!passed)
            {
                output.WriteLine(app.Log);
            }
        }
    }

    // The first weekday from today (Beijing date), kept in this year, which the official table holds; the platform's calendar
    // refuses a rest day, so the usual holiday weeks are stepped over too.
    private static string Deadline()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || Holiday(day))
        {
            day = day.AddDays(1);
        }

        return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    // 元旦, 春节, 清明, 劳动节, 端午, 中秋 and 国庆 move each year; this coarse guard keeps the test out of their usual weeks.
    private static bool Holiday(DateOnly day) =>
        (day.Month, day.Day) is (1, <= 3) or (5, <= 5) or (10, <= 8) || (day.Month is 1 or 2 && day.DayOfYear is >= 20 and <= 55);
}
