using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// 新田县司法局 witnesses 新田县市场监督管理局's log; when a checkpoint is not consistent with what it witnessed before, its
/// supervisor finds the refusal, in Chinese with the agency and both sizes, on the page he lands on.
/// </summary>
public sealed partial class WitnessAlertShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string Tenant = "xintian-scjg";
    private const string DemoPassword = "SanXiang@2026";

    [Fact]
    public async Task ShowTheSupervisorARefusedCheckpointOnItsHome()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        var passed = false;
        try
        {
            await using (var admin = await SignedInAsync(playwright, app, $"{Tenant}.admin"))
            {
                await ConsoleApi.AddOfficerAsync(admin.APIRequest, Tenant, "张明", "E2E43112831");
                await ConsoleApi.AddOfficerAsync(admin.APIRequest, Tenant, "李华", "E2E43112832");
                var first = await ConsoleApi.OpenCaseAsync(admin.APIRequest, Tenant, "销售超过保质期的食品案", "新田县某某食品超市有限公司", "91431128MA4L123459", ["E2E43112831", "E2E43112832"]);

                // Exporting the case file signs a checkpoint, which the department witnesses (trusted on first use).
                await DownloadCaseFileAsync(admin, first);

                // What the department holds as witnessed no longer matches the agency's log (as if the log had been rewritten).
                await using (var connection = new SqliteConnection($"Data Source={Path.Combine(app.DataDir, "sanxiang.db")}"))
                {
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"UPDATE witness_heads SET root = zeroblob(32) WHERE tenant = 'xintian-sfj' AND subject = '{Tenant}';";
                    Assert.Equal(1, await command.ExecuteNonQueryAsync());
                }

                var second = await ConsoleApi.OpenCaseAsync(admin.APIRequest, Tenant, "未按规定公示信息案", "新田县某某商贸有限公司", "91431128MA4L123459", ["E2E43112831", "E2E43112832"]);
                await DownloadCaseFileAsync(admin, second);
            }

            await using (var supervisor = await SignedInAsync(playwright, app, "xintian-sfj.supervisor"))
            {
                var page = await Chromium.PageAsync(supervisor);
                Assert.Equal("/", new Uri(page.Url).AbsolutePath);
                var alert = page.Locator(".witness-alert").First;
                await alert.WaitForAsync();
                var text = await alert.InnerTextAsync();
                Assert.Matches(SizesSentence(), text);
                Assert.Contains("已拒绝见证", text, StringComparison.Ordinal);
                Assert.Contains("执法日志见证告警（新田县司法局）", await page.Locator(".witness-alerts h2").InnerTextAsync(), StringComparison.Ordinal);
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

    private static async Task DownloadCaseFileAsync(IBrowserContext browser, string caseId)
    {
        var response = await browser.APIRequest.GetAsync($"/t/{Tenant}/cases/{Uri.EscapeDataString(caseId)}/case-file.zip");
        Assert.True(response.Ok, await response.TextAsync());
    }

    private static Task<IBrowserContext> SignedInAsync(IPlaywright playwright, WebAppProcess app, string userName) =>
        Chromium.SignedInAsync(playwright, app, userName, DemoPassword);

    [GeneratedRegex(@"^新田县市场监督管理局的执法日志与上次见证时不一致（上次 \d+ 条，本次 \d+ 条）")]
    private static partial Regex SizesSentence();
}
