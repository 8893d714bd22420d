using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// The issue's story in Chromium: two certified officers of 新田县市场监督管理局 carry a penalty case
/// from 立案 to 结案归档 in the console, with a video uploaded by the browser's tus client, documents
/// from the sector's templates with official numbers, and a record that verifies.
/// </summary>
public sealed partial class PenaltyCaseShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string Tenant = "xintian-scjg";

    // Demo accounts exist with the default embedded storage (tenants/catalog/README.md).
    private const string DemoPassword = "SanXiang@2026";

    // Made up, with the check character computed per GB 32100-2015.
    private const string PartyCreditCode = "91431128MA4L123459";

    private static readonly (string Name, string Certificate)[] Officers = [("张明", "E2E43112801"), ("李华", "E2E43112802")];

    [Fact]
    public async Task CarryAPenaltyCaseFromFilingToClosingWithAnUploadedVideoAndAnIntactRecord()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, app.BaseAddress);
        browser.SetDefaultTimeout(30_000);
        var page = await Chromium.PageAsync(browser);
        var video = VideoFile();
        var passed = false;
        try
        {
            await Chromium.SignInAsync(page, $"{Tenant}.admin", DemoPassword);

            // The console's cookie signs the API calls in too (same origin).
            foreach (var (name, certificate) in Officers)
            {
                await AddOfficerAsync(browser.APIRequest, name, certificate);
            }

            await page.GotoAsync($"/t/{Tenant}/cases");
            await page.Locator(".case-count[data-interactive=true]").WaitForAsync();
            await page.ClickAsync(".new-case-button");
            await CaseSteps.FillAsync(page.Locator(".new-case-title input"), "销售超过保质期的食品案");
            await CaseSteps.FillAsync(page.Locator(".new-case-party-name input"), "新田县某某食品超市有限公司");
            await CaseSteps.FillAsync(page.Locator(".new-case-party-code input"), PartyCreditCode);
            foreach (var (name, certificate) in Officers)
            {
                await page.Locator(".new-case-officers").GetByLabel($"{name}（{certificate}）").CheckAsync();
            }

            await page.ClickAsync(".new-case-submit");
            await page.WaitForURLAsync(CaseUrl());
            await page.Locator(".case-page[data-interactive=true]").WaitForAsync();

            var handled = new List<string>();
            while (await page.Locator(".step-form").CountAsync() > 0)
            {
                var step = await page.Locator(".step-form").GetAttributeAsync("data-step") ?? throw new InvalidOperationException("step form without a step");
                Assert.True(handled.Count < 20, "too many steps: " + string.Join(",", handled));
                handled.Add(step);
                await HandleStepAsync(page, step, video);
            }

            Assert.Equal(
                ["filing", "investigation", "evidence-preservation", "examination", "notification", "hearing", "legal-review", "collective-discussion", "decision", "service", "execution", "closing"],
                handled);
            Assert.Equal("已结案", (await page.Locator(".case-header .case-status").InnerTextAsync()).Trim());

            // Every step done or (for the optional ones) skipped with its reason, in the procedure's order.
            var states = await page.Locator(".case-timeline [data-step]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.step + ':' + e.dataset.state)");
            Assert.Equal(
                ["filing:Completed", "investigation:Completed", "evidence-preservation:Skipped", "examination:Completed", "notification:Completed", "hearing:Skipped",
                 "legal-review:Skipped", "collective-discussion:Skipped", "decision:Completed", "service:Completed", "execution:Completed", "closing:Completed"],
                states);

            var investigation = page.Locator(".case-step-investigation");
            Assert.Contains("现场笔录", await investigation.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("询问笔录", await investigation.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("evidence.mp4", await investigation.Locator(".step-recording").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Matches(NoticeNumber(), await page.Locator(".case-step-notification .document-number").InnerTextAsync());
            Assert.Matches(DecisionNumber(), await page.Locator(".case-step-decision .document-number").InnerTextAsync());
            Assert.Equal(12, await page.Locator(".case-timeline .step-document").CountAsync());

            await page.ClickAsync(".verify-button");
            var verified = page.Locator(".verify-ok");
            await verified.WaitForAsync();
            Assert.Contains("完整", await verified.InnerTextAsync(), StringComparison.Ordinal);
            passed = true;
        }
        finally
        {
            var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "penalty-case.png");
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            output.WriteLine($"screenshot: {screenshot}");
            File.Delete(video);
            if (!passed)
            {
                output.WriteLine(app.Log);
            }
        }
    }

    private static async Task HandleStepAsync(IPage page, string step, string video)
    {
        var form = page.Locator($".step-form[data-step='{step}']");
        if (await form.Locator(".step-skip").CountAsync() > 0)
        {
            await CaseSteps.FillAsync(form.Locator(".step-skip-reason-input input"), "本案不涉及该情形");
            await form.Locator(".step-skip").ClickAsync();
            await CaseSteps.DoneAsync(page, step);
            return;
        }

        await CaseSteps.IssueMissingDocumentsAsync(page);
        if (step == "investigation")
        {
            await UploadVideoAsync(page, video);
        }

        // 音像记录事项清单 asks for AV on service and execution; this story has it only for the investigation.
        var reason = form.Locator(".step-av-reason textarea").First;
        if (await reason.CountAsync() > 0)
        {
            await CaseSteps.FillAsync(reason, "当事人到场签收，未录像");
        }

        await form.Locator(".step-complete").ClickAsync();
        await CaseSteps.DoneAsync(page, step);
    }

    private static async Task UploadVideoAsync(IPage page, string video)
    {
        var uploader = page.Locator(".evidence-uploader");
        await uploader.Locator("[data-interactive=true]").WaitForAsync();
        await uploader.Locator(".upload-file").SetInputFilesAsync(video);
        await CaseSteps.FillAsync(uploader.Locator(".upload-device input"), "执法记录仪 DSJ-01");
        await CaseSteps.FillAsync(uploader.Locator(".upload-recorded-at input"), "2026-11-20T09:30");
        await uploader.Locator(".upload-start").ClickAsync();
        await page.Locator(".case-step-investigation .step-recording").Or(page.Locator(".upload-error, .step-error")).First.WaitForAsync(new() { Timeout = 60_000 });
        if (await page.Locator(".upload-error, .step-error").CountAsync() > 0)
        {
            Assert.Fail(await page.Locator(".upload-error, .step-error").First.InnerTextAsync());
        }
    }

    private static async Task AddOfficerAsync(IAPIRequestContext api, string name, string certificate)
    {
        var response = await api.PostAsync("/graphql", new()
        {
            DataObject = new
            {
                query = "mutation($i: AddOfficerInput!) { addOfficer(input: $i) { id } }",
                variables = new
                {
                    i = new
                    {
                        tenantId = Tenant,
                        name,
                        unit = "执法大队",
                        certificateNumber = certificate,
                        categories = new[] { "行政处罚" },
                        validFrom = "2024-01-01",
                        validTo = "2030-12-31",
                        isReviewer = false,
                        hasLegalQualification = false,
                    },
                },
            },
        });
        var body = await response.TextAsync();
        Assert.True(response.Ok, body);
        using var json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.TryGetProperty("errors", out _), body);
    }

    // A few MB standing in for the body-camera video; the browser takes its type (video/mp4) from the name,
    // and the server checks that the first bytes are an MP4's (an ftyp box).
    private static string VideoFile()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("sanxiang-video-").FullName, "evidence.mp4");
        var bytes = new byte[4 * 1024 * 1024];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 31 % 251);
        }

        byte[] ftyp = [0x00, 0x00, 0x00, 0x18, .. "ftypisom"u8, 0x00, 0x00, 0x02, 0x00];
        ftyp.CopyTo(bytes, 0);

        File.WriteAllBytes(path, bytes);
        return path;
    }

    [GeneratedRegex(@"/t/xintian-scjg/cases/\d{4}-\d{4}$")]
    private static partial Regex CaseUrl();

    [GeneratedRegex(@"^新市监罚告〔\d{4}〕\d+号$")]
    private static partial Regex NoticeNumber();

    [GeneratedRegex(@"^新市监罚〔\d{4}〕\d+号$")]
    private static partial Regex DecisionNumber();
}
