using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Transparency;
using SanXiang.Web.Tests.Cases;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Disclosures;

/// <summary>
/// Issue 11 item 3 through the API: a decision drafts its disclosure with a due day, the officer publishes the masked
/// record previewed, anyone finds it (and nothing unpublished), and a withdrawal leaves the decision shown as withdrawn.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class DisclosureApiShould(CasesAppFactory factory)
{
    private const string Public = """
        query($t: ID, $q: String, $from: Date, $to: Date) { publishedDecisions(tenantId: $t, text: $q, from: $from, to: $to, first: 50) { nodes { caseId sequence proofUrl withdrawn withdrawReason record { partyName partyCode documentNumber facts conclusion agencyName } } pageInfo { hasNextPage endCursor } } }
        """;

    private const string Drafts = """
        query($t: ID!, $s: DisclosureStatus) { disclosures(tenantId: $t, status: $s, first: 100) { nodes { caseId status due overdue partyName documentNumber } } }
        """;

    [Fact]
    public async Task DraftADecisionAndPublishOnlyItsMaskedRecord()
    {
        var decided = await DecidedCitizenCase.WalkAsync(factory, "关之琳", "邱淑贞");
        var anonymous = new GraphQLClient(factory.CreateClient());

        var drafts = await decided.Api.PostAsync(Drafts, new { t = CaseApi.Tenant, s = "DRAFT" });
        var before = await anonymous.PostAsync(Public, new { t = CaseApi.Tenant, q = decided.DocumentNumber });
        var published = await decided.PublishAsync();
        var found = await anonymous.PostAsync(Public, new { t = CaseApi.Tenant, q = decided.DocumentNumber });
        var everywhere = await anonymous.PostAsync(Public, new { q = "刘某某" });

        Assert.True(drafts.Codes.Count == 0, drafts.ToString());
        var draft = Assert.Single(drafts.Data!["disclosures"]!["nodes"]!.AsArray(), n => n!["caseId"]!.GetValue<string>() == decided.CaseId)!;
        Assert.Equal(DecidedCitizenCase.Party, draft["partyName"]!.GetValue<string>());
        Assert.NotNull(draft["due"]!.GetValue<string>());
        Assert.Empty(before.Codes);
        Assert.Empty(before.Data!["publishedDecisions"]!["nodes"]!.AsArray());
        Assert.True(published.Codes.Count == 0, published.ToString());
        Assert.Equal("PUBLISHED", published.Data!["publishDisclosure"]!["status"]!.GetValue<string>());
        var node = Assert.Single(found.Data!["publishedDecisions"]!["nodes"]!.AsArray())!;
        var record = node["record"]!;
        Assert.Equal("刘某某", record["partyName"]!.GetValue<string>());
        Assert.Null(record["partyCode"]);
        Assert.Equal("新田县市场监督管理局", record["agencyName"]!.GetValue<string>());
        var json = found.Body.ToJsonString();
        Assert.DoesNotContain(DecidedCitizenCase.Party, json, StringComparison.Ordinal);
        Assert.DoesNotContain(DecidedCitizenCase.Phone, json, StringComparison.Ordinal);
        Assert.DoesNotContain(DecidedCitizenCase.Witness, json, StringComparison.Ordinal);
        Assert.DoesNotContain("431128199001010011", json, StringComparison.Ordinal);
        Assert.Contains(everywhere.Data!["publishedDecisions"]!["nodes"]!.AsArray(), n => n!["caseId"]!.GetValue<string>() == decided.CaseId);
        // The daily checkpoint, signed now, so that the verify link has a checkpoint holding the publication.
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITransparencyLogGrain>(CaseApi.Tenant).CheckpointAsync();
        var proof = await factory.CreateClient().GetAsync(node["proofUrl"]!.GetValue<string>());
        Assert.Equal(System.Net.HttpStatusCode.OK, proof.StatusCode);
        Assert.Contains($"\"seq\":{node["sequence"]!.GetValue<long>()}", (await proof.Content.ReadAsStringAsync()).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowAWithdrawnDecisionAsWithdrawnAndRefuseAWithdrawalWithoutAReason()
    {
        var decided = await DecidedCitizenCase.WalkAsync(factory, "张曼玉", "钟楚红");
        await decided.PublishAsync();
        const string Withdraw = "mutation($i: WithdrawDisclosureInput!) { withdrawDisclosure(input: $i) { status withdrawReason recordSequence } }";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var unexplained = await decided.Api.PostAsync(Withdraw, new { i = new { tenantId = CaseApi.Tenant, caseId = decided.CaseId, reason = "", groundsOn = today } });
        var withdrawn = await decided.Api.PostAsync(Withdraw, new { i = new { tenantId = CaseApi.Tenant, caseId = decided.CaseId, reason = "行政复议决定撤销原处罚决定", groundsOn = today } });
        var shown = await new GraphQLClient(factory.CreateClient()).PostAsync(Public, new { t = CaseApi.Tenant, q = decided.DocumentNumber });
        var events = (await decided.Api.CaseAsync(decided.CaseId))["events"]!.AsArray();
        var verified = await decided.Api.PostAsync("query($t: ID!, $c: ID!) { verifyCase(tenantId: $t, id: $c) { ok } }", new { t = CaseApi.Tenant, c = decided.CaseId });

        Assert.Equal([ErrorCodes.ValidationFailed], unexplained.Codes);
        Assert.True(withdrawn.Codes.Count == 0, withdrawn.ToString());
        var node = Assert.Single(shown.Data!["publishedDecisions"]!["nodes"]!.AsArray())!;
        Assert.True(node["withdrawn"]!.GetValue<bool>());
        Assert.Equal("行政复议决定撤销原处罚决定", node["withdrawReason"]!.GetValue<string>());
        Assert.Equal("", node["record"]!["facts"]!.GetValue<string>());
        Assert.Equal("disclosure.withdrawn", events[^1]!["kind"]!.GetValue<string>());
        Assert.Equal(node["sequence"]!.GetValue<long>(), events[^1]!["seq"]!.GetValue<long>());
        Assert.Contains(events, e => e!["kind"]!.GetValue<string>() == "disclosure.published");
        Assert.True(verified.Data!["verifyCase"]!["ok"]!.GetValue<bool>(), verified.ToString());
    }

    [Fact]
    public async Task RefuseARecordChangedSinceItsPreviewAndPublishingBySupervisors()
    {
        var decided = await DecidedCitizenCase.WalkAsync(factory, "李嘉欣", "朱茵");
        var supervisor = await CaseApi.SignedInAsync(factory, "xintian-sfj.supervisor");
        const string Publish = "mutation($i: PublishDisclosureInput!) { publishDisclosure(input: $i) { status } }";

        var stale = await decided.Api.PostAsync(Publish, new { i = new { tenantId = CaseApi.Tenant, caseId = decided.CaseId, shownHash = "sm3:" + new string('0', 64) } });
        var bySupervisor = await decided.PublishAsync(supervisor);
        var supervisorReads = await supervisor.PostAsync(Drafts, new { t = CaseApi.Tenant, s = "DRAFT" });

        Assert.Equal([ErrorCodes.DisclosurePreviewChanged], stale.Codes);
        Assert.Equal([ErrorCodes.Forbidden], bySupervisor.Codes);
        Assert.Contains(supervisorReads.Data!["disclosures"]!["nodes"]!.AsArray(), n => n!["caseId"]!.GetValue<string>() == decided.CaseId);
    }

    [Fact]
    public async Task AnswerAnonymousCallersWithNothingButPublishedDecisions()
    {
        var anonymous = new GraphQLClient(factory.CreateClient());

        var drafts = await anonymous.PostAsync(Drafts, new { t = CaseApi.Tenant, s = "DRAFT" });
        var unknown = await anonymous.PostAsync(Public, new { t = "no-such-agency", q = "刘" });
        var badRange = await anonymous.PostAsync(Public, new { t = CaseApi.Tenant, from = "2026-03-10", to = "2026-03-01" });
        var badDate = await anonymous.PostAsync(Public, new { t = CaseApi.Tenant, from = "三月" });
        var badCursor = await anonymous.PostAsync("query { publishedDecisions(after: \"x\") { nodes { caseId } } }");

        Assert.Equal([ErrorCodes.Unauthenticated], drafts.Codes);
        Assert.Empty(unknown.Codes);
        Assert.Empty(unknown.Data!["publishedDecisions"]!["nodes"]!.AsArray());
        Assert.Equal([ErrorCodes.ValidationFailed], badRange.Codes);
        Assert.NotEmpty(badDate.Codes);
        Assert.Equal([ErrorCodes.ValidationFailed], badCursor.Codes);
    }

    [Fact]
    public async Task ServeThePortalPageWithNothingUnpublished()
    {
        var decided = await DecidedCitizenCase.WalkAsync(factory, "王祖贤", "林青霞");
        var http = factory.CreateClient();

        // Razor writes Chinese as character references: the page is read as a browser reads it.
        var drafted = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync($"/gs/{CaseApi.Tenant}/decisions?q={Uri.EscapeDataString(decided.DocumentNumber)}"));
        await decided.PublishAsync();
        var published = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync($"/gs/{CaseApi.Tenant}/decisions?q={Uri.EscapeDataString(decided.DocumentNumber)}"));
        var unknown = await http.GetAsync("/gs/no-such-agency/decisions");
        var malformed = await http.GetAsync($"/gs/{CaseApi.Tenant}/decisions?from=2026-13-40&category=NOPE&after=%%%");

        // The search echoes the number typed; no decision row carries it.
        Assert.DoesNotContain("decision-number", drafted, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的公示信息", drafted, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"decision-number\">{decided.DocumentNumber}</span>", published, StringComparison.Ordinal);
        Assert.Contains("刘某某", published, StringComparison.Ordinal);
        Assert.Contains("验证", published, StringComparison.Ordinal);
        foreach (var secret in new[] { DecidedCitizenCase.Party, DecidedCitizenCase.Phone, DecidedCitizenCase.Witness, "431128199001010011" })
        {
            Assert.DoesNotContain(secret, published, StringComparison.Ordinal);
        }

        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, malformed.StatusCode);
        Assert.Contains("已忽略", System.Net.WebUtility.HtmlDecode(await malformed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
