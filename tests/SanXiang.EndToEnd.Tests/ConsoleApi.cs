using System.Text.Json;
using Microsoft.Playwright;

namespace SanXiang.EndToEnd.Tests;

/// <summary>What a test sets up through <c>/graphql</c> with the browser's own cookie (same origin), so the pages it then opens show real data.</summary>
internal static class ConsoleApi
{
    public static async Task<JsonElement> PostAsync(IAPIRequestContext api, string query, object variables)
    {
        ArgumentNullException.ThrowIfNull(api);
        var response = await api.PostAsync("/graphql", new() { DataObject = new { query, variables } });
        var body = await response.TextAsync();
        Assert.True(response.Ok, body);
        using var json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.TryGetProperty("errors", out _), body);
        return json.RootElement.GetProperty("data").Clone();
    }

    /// <summary>Adds a certified penalty officer; <paramref name="username"/> links him to that sign-in account.</summary>
    public static Task AddOfficerAsync(IAPIRequestContext api, string tenantId, string name, string certificate, string? username = null) =>
        PostAsync(api, "mutation($i: AddOfficerInput!) { addOfficer(input: $i) { id } }", new
        {
            i = new
            {
                tenantId,
                name,
                unit = "执法大队",
                certificateNumber = certificate,
                categories = new[] { "行政处罚" },
                validFrom = "2024-01-01",
                validTo = "2030-12-31",
                isReviewer = false,
                hasLegalQualification = false,
                username,
            },
        });

    /// <summary>Opens a penalty case against an organisation; returns its id.</summary>
    public static async Task<string> OpenCaseAsync(IAPIRequestContext api, string tenantId, string title, string partyName, string creditCode, IReadOnlyList<string> officerIds)
    {
        var data = await PostAsync(api, "mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }", new
        {
            i = new
            {
                tenantId,
                title,
                category = "PENALTY",
                party = new { name = partyName, kind = "ORGANISATION", idCode = creditCode },
                officerIds,
            },
        });
        return data.GetProperty("openCase").GetProperty("id").GetString()!;
    }
}
