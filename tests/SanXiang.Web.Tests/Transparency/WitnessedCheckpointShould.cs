using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Integrity.Witnessing;
using SanXiang.Silo;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Transparency;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Transparency;

/// <summary>山西省人民政府法制办公室 witnesses 山西省人民防空办公室's checkpoints; the public sees the cosignature, the department its alerts.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class WitnessedCheckpointShould(GraphQLAppFactory factory)
{
    [Fact]
    public async Task PublishTheDepartmentsCosignatureAfterTheAgencysSignatureWithTheWitnessKey()
    {
        await AppendAsync("shanxi-rfb", 3);
        await Grains.GetGrain<ITransparencyLogGrain>("shanxi-rfb").CheckpointAsync();
        using var anonymous = factory.CreateClient();

        var note = await anonymous.GetStringAsync(new Uri("/public/shanxi-rfb/checkpoint", UriKind.Relative));
        var agencyKey = Sm2PublicKey.FromPem(await anonymous.GetStringAsync(new Uri("/public/shanxi-rfb/checkpoint/key", UriKind.Relative)));
        using var witnessKeyResponse = await anonymous.GetAsync(new Uri("/public/shanxi-fzb/witness/key", UriKind.Relative));
        var witnessKey = Sm2PublicKey.FromPem(await witnessKeyResponse.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, witnessKeyResponse.StatusCode);
        Assert.True(CheckpointNote.TryOpen(note, agencyKey, out _));
        var signatures = note[(note.IndexOf("\n\n", StringComparison.Ordinal) + 2)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("— sanxiang/shanxi-rfb ", signatures[0], StringComparison.Ordinal);
        Assert.StartsWith("— sanxiang/shanxi-fzb/witness ", signatures[1], StringComparison.Ordinal);
        Assert.Equal(CosignatureStatus.Valid, CosignatureNote.Verify(note, CosignatureNote.WitnessName("shanxi-fzb"), witnessKey).Status);
    }

    [Fact]
    public async Task TellAnyoneWithoutSignInWhoWitnessedTheLatestCheckpoint()
    {
        await AppendAsync("shanxi-rfb", 2);
        await Grains.GetGrain<ITransparencyLogGrain>("shanxi-rfb").CheckpointAsync();
        var anonymous = new GraphQLClient(factory.CreateClient());

        var response = await anonymous.PostAsync("{ transparency(tenantId: \"shanxi-rfb\") { agencyName treeSize statement witnesses { departmentId departmentName witnessedAt } } }");

        var transparency = response.Data!["transparency"]!;
        Assert.Equal("山西省人民防空办公室", transparency["agencyName"]!.GetValue<string>());
        Assert.StartsWith("已由 山西省人民政府法制办公室 见证（", transparency["statement"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("山西省人民政府法制办公室", transparency["witnesses"]![0]!["departmentName"]!.GetValue<string>());
        Assert.Null(response.Body["errors"]);
    }

    [Fact]
    public async Task SayOnTheAgencysPortalPageWhoWitnessedItsLogAndLinkToItsDecisions()
    {
        await AppendAsync("shanxi-rfb", 2);
        await Grains.GetGrain<ITransparencyLogGrain>("shanxi-rfb").CheckpointAsync();
        using var anonymous = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/gs/shanxi-rfb");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await anonymous.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("执法记录</dt><dd class=\"witness-statement\">已由 山西省人民政府法制办公室 见证（\\d{4}年", html);
        Assert.Contains("href=\"/gs/shanxi-rfb/decisions\">执法决定公示</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowARefusalToTheDepartmentsSupervisorsNamingTheAgencyAndTheSizes()
    {
        await AppendAsync("shanxi-rfb", 2);
        var genuine = await Grains.GetGrain<ITransparencyLogGrain>("shanxi-rfb").CheckpointAsync();

        // A checkpoint of fewer events than the department witnessed, signed with a key that is not the agency's.
        var forged = CheckpointNote.Sign(new Checkpoint("shanxi-rfb", genuine.TreeSize - 1, ChainHashAlgorithm.Sm3.Hash("forged"u8), DateTimeOffset.UtcNow, "SM3"), Sm2KeyPair.Generate());
        var refused = await TenantCallContext.RunAsync("shanxi-fzb", () => Grains.GetGrain<IWitnessGrain>("shanxi-fzb").AddCheckpointAsync("shanxi-rfb", genuine.TreeSize, [], forged));
        var supervisor = await GraphQLClient.SignedInAsync(factory, "shanxi-fzb.supervisor", GraphQLAppFactory.DemoPassword);
        var agencyAdmin = await GraphQLClient.SignedInAsync(factory, "shanxi-rfb.admin", GraphQLAppFactory.DemoPassword);
        const string Query = "{ witnessAlerts(tenantId: \"shanxi-fzb\") { agencyId agencyName reason oldSize newSize raisedAt message } }";

        var seen = await supervisor.PostAsync(Query);
        var notForTheAgency = await agencyAdmin.PostAsync(Query);
        var anonymous = await new GraphQLClient(factory.CreateClient()).PostAsync(Query);

        Assert.Equal(WitnessOutcome.SignatureInvalid, refused.Outcome);
        var alert = seen.Data!["witnessAlerts"]!.AsArray().First(a => a!["newSize"]!.GetValue<int>() == genuine.TreeSize - 1)!;
        Assert.Equal("SIGNATURE_INVALID", alert["reason"]!.GetValue<string>());
        Assert.Equal(genuine.TreeSize, alert["oldSize"]!.GetValue<int>());
        Assert.Equal(
            WitnessAlertText.Describe(WitnessOutcome.SignatureInvalid, "山西省人民防空办公室", genuine.TreeSize, genuine.TreeSize - 1),
            alert["message"]!.GetValue<string>());
        Assert.EndsWith("已拒绝见证", alert["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("FORBIDDEN", notForTheAgency.Codes);
        Assert.Contains("UNAUTHENTICATED", anonymous.Codes);
    }

    [Fact]
    public async Task AnswerNotFoundForTheWitnessKeyOfAnUnknownAgency()
    {
        using var anonymous = factory.CreateClient();

        using var response = await anonymous.GetAsync(new Uri("/public/no-such-agency/witness/key", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("未找到机关", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private IGrainFactory Grains => factory.Services.GetRequiredService<IGrainFactory>();

    private async Task AppendAsync(string tenant, int count)
    {
        var events = Enumerable.Range(1, count)
            .Select(i => new NewCaseEvent("step.completed", $$"""{"stepId":"step-{{i}}"}""", "officer-0001", DateTimeOffset.UtcNow))
            .ToList();
        var result = await factory.Services.GetRequiredService<CaseEventStore>().AppendAsync(tenant, $"witness-{Guid.NewGuid():N}", 0, events);
        Assert.True(result.Succeeded);
    }
}
