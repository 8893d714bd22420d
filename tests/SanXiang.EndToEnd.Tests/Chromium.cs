using Microsoft.Playwright;

namespace SanXiang.EndToEnd.Tests;

/// <summary>Debian's Chromium (never a downloaded browser build), headless, in a fresh profile, pointed at the app.</summary>
internal static class Chromium
{
    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>A phone's screen in portrait (390 × 844 CSS pixels, as an iPhone 12–14), for the field officer's pages.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static async Task<IBrowserContext> LaunchAsync(IPlaywright playwright, Uri baseAddress, ViewportSize? viewport = null)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        var userDataDir = Directory.CreateTempSubdirectory("sanxiang-chromium-").FullName;
        return await playwright.Chromium.LaunchPersistentContextAsync(userDataDir, new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = Args,
            BaseURL = baseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = viewport ?? new() { Width = 1400, Height = 1000 },
            IsMobile = viewport == Phone,
            HasTouch = viewport == Phone,
        });
    }

    /// <summary>A browser of its own, signed in as <paramref name="userName"/> through the sign-in page, on the page it lands on.</summary>
    public static async Task<IBrowserContext> SignedInAsync(IPlaywright playwright, WebAppProcess app, string userName, string password, ViewportSize? viewport = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var browser = await LaunchAsync(playwright, app.BaseAddress, viewport);
        browser.SetDefaultTimeout(30_000);
        var page = await PageAsync(browser);
        await SignInAsync(page, userName, password);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return browser;
    }

    /// <summary>Signs <paramref name="page"/>'s browser in through the sign-in page and waits until it has left it.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");

        // The first sign-in of a fresh host hashes the password and starts the circuit: allow a loaded machine time.
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { Timeout = 90_000 });
    }

    public static async Task<IPage> PageAsync(IBrowserContext browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
    }
}
