using Microsoft.Playwright;

namespace SanXiang.EndToEnd.Tests;

/// <summary>How a test works a case's current step in the console, as an officer does: its documents, then 完成.</summary>
internal static class CaseSteps
{
    /// <summary>Each of the step's documents: the form proposes the first one not yet made, with the case's facts filled in.</summary>
    public static async Task IssueMissingDocumentsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var issue = page.Locator(".document-issue-form");
        var missing = int.Parse(await issue.GetAttributeAsync("data-missing") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        while (missing > 0)
        {
            var fields = issue.Locator(".document-field[data-required=true]");
            for (var i = 0; i < await fields.CountAsync(); i++)
            {
                var field = fields.Nth(i);
                var input = field.Locator("input, textarea").First;
                if ((await input.InputValueAsync()).Length == 0)
                {
                    await FillAsync(input, await field.GetAttributeAsync("data-type") == "Number" ? "1" : "经查属实，详见案卷");
                }
            }

            await issue.Locator(".document-issue").ClickAsync();
            var next = page.Locator($".document-issue-form[data-missing='{missing - 1}']");
            await next.Or(page.Locator(".document-error")).First.WaitForAsync();
            if (await page.Locator(".document-error").CountAsync() > 0)
            {
                Assert.Fail(await page.Locator(".document-error").InnerTextAsync());
            }

            missing--;
        }
    }

    /// <summary>The step is done when its form gives way to the next step's (or to none, once closed); a refusal fails the test with its reason.</summary>
    public static async Task DoneAsync(IPage page, string step)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForFunctionAsync(
            "step => !document.querySelector(`.step-form[data-step=\"${step}\"]`) || document.querySelector('.step-error')",
            step);
        var error = page.Locator(".step-error");
        if (await error.CountAsync() > 0)
        {
            Assert.Fail($"{step}: {await error.InnerTextAsync()}");
        }
    }

    /// <summary>MudBlazor's text fields take their value on change, which the browser fires when the field loses focus.</summary>
    public static async Task FillAsync(ILocator input, string value)
    {
        ArgumentNullException.ThrowIfNull(input);
        await input.FillAsync(value);
        await input.BlurAsync();
    }
}
