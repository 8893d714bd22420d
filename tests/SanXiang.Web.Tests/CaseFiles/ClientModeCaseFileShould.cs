using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.CaseFiles;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Web.Tests.Cases;

namespace SanXiang.Web.Tests.CaseFiles;

/// <summary>Issue 9 §5: a web host that is only a client of the cluster serves the case file, made in the silo and streamed through the grain.</summary>
public sealed class ClientModeCaseFileShould
{
    private const string Tenant = "xintian-scjg";

    [PostgresFact]
    public async Task DownloadACaseFileThatVerifiesFromAWebHostInClientMode()
    {
        using var silo = new PostgresCasesAppFactory();
        using var _ = silo.CreateClient();
        var caseId = $"2026-{Guid.NewGuid():N}"[..16];
        var at = DateTimeOffset.UtcNow;
        var appended = await silo.Services.GetRequiredService<CaseEventStore>().AppendAsync(Tenant, caseId, 0, [
            new NewCaseEvent("case.opened", """{"category":"Penalty"}""", "xintian-scjg.officer", at),
            new NewCaseEvent("step.completed", """{"stepId":"inspect"}""", "xintian-scjg.officer", at),
        ]);
        Assert.True(appended.Succeeded);
        using var web = new ClientWebFactory(silo.ConnectionString);
        using var client = web.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(client, "xintian-scjg.officer"));

        using var response = await client.GetAsync(new Uri($"/t/{Tenant}/cases/{caseId}/case-file.zip", UriKind.Relative));
        var zip = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var verdict = await CaseFileVerifier.VerifyAsync(new MemoryStream(zip));
        Assert.True(verdict.Outcome == CaseFileOutcome.Valid, string.Join("\n", verdict.Problems.Select(p => $"{p.Code} {p.Message}")));
        Assert.Equal(2, verdict.EventCount);
        using var missing = await client.GetAsync(new Uri($"/t/{Tenant}/cases/no-such-case/case-file.zip", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<string> SignInAsync(HttpClient client, string user)
    {
        using var response = await client.PostAsJsonAsync(
            new Uri("/graphql", UriKind.Relative),
            new { query = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", variables = new { u = user, p = "SanXiang@2026" } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"]?["login"]?["token"]?.GetValue<string>() ?? throw new InvalidOperationException(body.ToJsonString());
    }
}
