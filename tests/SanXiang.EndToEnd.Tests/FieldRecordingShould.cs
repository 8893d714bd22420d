using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// The officer in the field, on his phone (390 × 844): he opens today's case, takes a photo with the phone's camera
/// straight into the resumable upload, lets the browser tell where he stands, and finishes the step — the record
/// keeps the photo with the device's time and the position.
/// </summary>
public sealed class FieldRecordingShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string Tenant = "xintian-scjg";
    private const string DemoPassword = "SanXiang@2026";

    // 新田县城, near enough; the browser's emulated position stands in for the phone's.
    private const double Latitude = 25.9094;
    private const double Longitude = 112.2034;

    // A JPEG's first bytes (SOI, then a JFIF APP0 segment): the server checks the signature against the declared type.
    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, .. new byte[2048], 0xFF, 0xD9];

    [Fact]
    public async Task TakeAPhotoWithThePhonesCameraIntoTheStepWithTheDevicesTimeAndPlaceAndFinishTheStep()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        string caseId;
        await using (var admin = await Chromium.SignedInAsync(playwright, app, $"{Tenant}.admin", DemoPassword))
        {
            await ConsoleApi.AddOfficerAsync(admin.APIRequest, Tenant, "张明", "E2E43112831", $"{Tenant}.officer");
            await ConsoleApi.AddOfficerAsync(admin.APIRequest, Tenant, "李华", "E2E43112832");
            caseId = await ConsoleApi.OpenCaseAsync(admin.APIRequest, Tenant, "销售超过保质期的食品案", "新田县某某食品超市有限公司", "91431128MA4L123459", ["E2E43112831", "E2E43112832"]);
        }

        await using var phone = await Chromium.SignedInAsync(playwright, app, $"{Tenant}.officer", DemoPassword, Chromium.Phone);
        await phone.GrantPermissionsAsync(["geolocation"]);
        await phone.SetGeolocationAsync(new() { Latitude = (float)Latitude, Longitude = (float)Longitude, Accuracy = 12 });
        var page = await Chromium.PageAsync(phone);
        var passed = false;
        try
        {
            await page.GotoAsync($"/t/{Tenant}/cases/{Uri.EscapeDataString(caseId)}");
            await page.Locator(".case-page[data-interactive=true]").WaitForAsync();

            // 立案 first, at the office: its documents, then 完成.
            await CaseSteps.IssueMissingDocumentsAsync(page);
            await page.Locator(".step-form[data-step='filing'] .step-complete").ClickAsync();
            await CaseSteps.DoneAsync(page, "filing");

            // On site: the camera button opens the phone's rear camera, whose photo is the file to upload.
            var uploader = page.Locator(".evidence-uploader");
            await uploader.Locator("[data-interactive=true]").WaitForAsync();
            Assert.Equal("environment", await uploader.Locator(".upload-photo").GetAttributeAsync("capture"));
            Assert.Equal("image/*", await uploader.Locator(".upload-photo").GetAttributeAsync("accept"));
            Assert.True(await uploader.Locator(".upload-take-photo").IsVisibleAsync(), "拍照 is not on the phone's screen");
            var taken = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
            await uploader.Locator(".upload-photo").SetInputFilesAsync(new FilePayload { Name = "现场照片.jpg", MimeType = "image/jpeg", Buffer = Photo });
            await uploader.Locator(".upload-chosen", new() { HasTextString = "现场照片.jpg" }).WaitForAsync();

            // The device's time and the phone as the device, without typing.
            Assert.Equal("手机摄像头", await uploader.Locator(".upload-device input").InputValueAsync());
            var recordedAt = await uploader.Locator(".upload-recorded-at input").InputValueAsync();
            Assert.StartsWith(taken.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), recordedAt, StringComparison.Ordinal);

            await uploader.Locator(".upload-with-location input").CheckAsync();
            await uploader.Locator(".upload-location", new() { HasTextString = "北纬 25.9094°" }).WaitForAsync();
            await ScreenshotAsync(uploader, "phone-camera-uploader.png");
            await uploader.Locator(".upload-start").ClickAsync();

            var recording = page.Locator(".case-step-investigation .step-recording", new() { HasTextString = "现场照片.jpg" });
            await recording.Or(page.Locator(".upload-error, .step-error")).First.WaitForAsync(new() { Timeout = 60_000 });
            if (await page.Locator(".upload-error, .step-error").CountAsync() > 0)
            {
                Assert.Fail(await page.Locator(".upload-error, .step-error").First.InnerTextAsync());
            }

            var text = await recording.InnerTextAsync();
            Assert.Contains("手机摄像头", text, StringComparison.Ordinal);
            Assert.Contains(recordedAt.Replace('T', ' '), text, StringComparison.Ordinal);
            Assert.Contains("拍摄位置：北纬 25.9094°，东经 112.2034°（误差约 12 米）", text, StringComparison.Ordinal);

            // The API gives the same position, in degrees.
            var data = await ConsoleApi.PostAsync(page.APIRequest, "query($t: ID!, $c: ID!) { case(tenantId: $t, id: $c) { recordings { file { fileName } location { latitude longitude accuracyMeters } } } }", new { t = Tenant, c = caseId });
            var location = data.GetProperty("case").GetProperty("recordings")[0].GetProperty("location");
            Assert.Equal(Latitude, location.GetProperty("latitude").GetDouble(), 4);
            Assert.Equal(Longitude, location.GetProperty("longitude").GetDouble(), 4);

            // The investigation's documents, then 完成: the photo is the step's recording.
            await CaseSteps.IssueMissingDocumentsAsync(page);
            var reason = page.Locator(".step-form[data-step='investigation'] .step-av-reason textarea").First;
            if (await reason.CountAsync() > 0)
            {
                await CaseSteps.FillAsync(reason, "现场仅拍照取证");
            }

            await page.Locator(".step-form[data-step='investigation'] .step-complete").ClickAsync();
            await CaseSteps.DoneAsync(page, "investigation");
            Assert.Equal("Completed", await page.Locator(".case-timeline [data-step='investigation']").GetAttributeAsync("data-state"));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the case page scrolls sideways");
            passed = true;
        }
        finally
        {
            var path = Path.Combine(AppContext.BaseDirectory, "screenshots", "phone-camera.png");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await page.ScreenshotAsync(new() { Path = path, FullPage = true });
            output.WriteLine($"screenshot: {path}");
            if (!passed)
            {
                output.WriteLine(app.Log);
            }
        }
    }

    private async Task ScreenshotAsync(ILocator element, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await element.ScreenshotAsync(new() { Path = path });
        output.WriteLine($"screenshot: {path}");
    }
}
