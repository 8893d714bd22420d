using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// Issue 13's plans that move, as their users work: the head of 耿马县应急管理局 files a deliverable from the agency page,
/// the supervising 耿马县司法局 watches its roll-out panel change without reloading, and sends the filing back with a
/// remark, which the agency then reads.
/// </summary>
public sealed class PlanRolloutShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string DemoPassword = "SanXiang@2026";
    private const string Agency = "gengma-yjj";
    private const string Deliverable = "推行三项制度工作总结";

    [Fact]
    public async Task ShowAFilingOnTheSupervisorsDashboardLiveAndCarryItsReturnBackToTheAgency()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        var passed = false;
        try
        {
            await using var supervisor = await Chromium.SignedInAsync(playwright, app, "gengma-sfj.supervisor", DemoPassword);
            var dashboard = await Chromium.PageAsync(supervisor);
            var overdue = dashboard.Locator(".rollup-overdue-deliverables .rollup-value");
            await dashboard.Locator(".rollup-panel[data-interactive=true]").WaitForAsync();
            Assert.Contains("耿马傣族佤族自治县司法局 所辖机关推行情况", await dashboard.Locator(".rollup-panel").InnerTextAsync(), StringComparison.Ordinal);
            var before = int.Parse(await overdue.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(before > 0);

            await using (var head = await Chromium.SignedInAsync(playwright, app, $"{Agency}.admin", DemoPassword))
            {
                var page = await Chromium.PageAsync(head);
                await page.GotoAsync($"/t/{Agency}");
                await page.Locator(".plan-section[data-interactive=true]").WaitForAsync();
                var row = page.Locator($".deliverable-row[data-deliverable='{Deliverable}']");
                await row.Locator(".deliverable-file").ClickAsync();
                await page.Locator(".plan-evidence-title-0 input").FillAsync("《耿马县应急管理局推行三项制度工作总结》");
                await page.Locator(".plan-evidence-number-0 input").FillAsync("耿应急发〔2019〕31号");
                await page.Locator(".deliverable-submit").ClickAsync();
                await row.Locator(".deliverable-state", new() { HasTextString = "已报送，待上级审核" }).WaitForAsync();
            }

            // No reload: the filing reached the dashboard on the cluster's stream.
            await dashboard.Locator(".rollup-overdue-deliverables .rollup-value", new() { HasTextString = (before - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }).WaitForAsync(new() { Timeout = 10_000 });

            await dashboard.GotoAsync($"/t/{Agency}");
            await dashboard.Locator(".plan-section[data-interactive=true]").WaitForAsync();
            var filed = dashboard.Locator($".deliverable-row[data-deliverable='{Deliverable}']");
            await filed.Locator(".deliverable-return").ClickAsync();
            await dashboard.Locator(".deliverable-remark-input textarea").FillAsync("未写明案卷评查情况，请补充后重新报送");
            await dashboard.Locator(".deliverable-submit").ClickAsync();
            await filed.Locator(".deliverable-state", new() { HasTextString = "上级退回" }).WaitForAsync();
            Assert.Equal(0, await filed.Locator(".deliverable-file").CountAsync());

            await using (var head = await Chromium.SignedInAsync(playwright, app, $"{Agency}.admin", DemoPassword))
            {
                var page = await Chromium.PageAsync(head);
                await page.GotoAsync($"/t/{Agency}");

                // The live circuit renders the section again when it starts: read it once that has happened.
                await page.Locator(".plan-section[data-interactive=true]").WaitForAsync();
                var row = page.Locator($".deliverable-row[data-deliverable='{Deliverable}']");
                await row.Locator(".deliverable-file").WaitForAsync();
                Assert.Contains("上级意见：未写明案卷评查情况，请补充后重新报送", await row.InnerTextAsync(), StringComparison.Ordinal);
                Assert.Equal(1, await row.Locator(".deliverable-file").CountAsync());
                var path = Path.Combine(AppContext.BaseDirectory, "screenshots", "plan-returned.png");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await page.ScreenshotAsync(new() { Path = path, FullPage = true });
            }

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
}
