using System.Text.Json.Nodes;

namespace SanXiang.Web.Tests.Cases;

/// <summary>The tampering test, shared by the SQLite and PostgreSQL hosts.</summary>
public static class CaseChain
{
    public const string Verify = "query($t: ID!, $c: ID!) { verifyCase(tenantId: $t, id: $c) { ok firstBadSeq reason message } }";

    public static async Task DetectAChangedPayloadByteAsync(CasesAppFactory factory)
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("韩梅"), await admin.AddOfficerAsync("杨柳")];
        var api = await CaseApi.SignedInAsync(factory, "xintian-scjg.officer");
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        await api.IssuedAsync(caseId, "filing", "case-source-register");
        await api.IssuedAsync(caseId, "filing", "filing-approval");
        var intact = await api.PostAsync(Verify, new { t = CaseApi.Tenant, c = caseId });

        // Event 2 is the first document.issued: its payload names "{caseId}-doc-1"; make it "…-doc-7", then put it back.
        await ChainTampering.ChangeOnePayloadByteAsync(factory, caseId, seq: 2, marker: "-doc-1", replacement: '7');
        var tampered = await api.PostAsync(Verify, new { t = CaseApi.Tenant, c = caseId });
        var viaCase = await api.PostAsync("query($t: ID!, $c: ID!) { case(tenantId: $t, id: $c) { verification { ok firstBadSeq reason } } }", new { t = CaseApi.Tenant, c = caseId });
        await ChainTampering.ChangeOnePayloadByteAsync(factory, caseId, seq: 2, marker: "-doc-7", replacement: '1');
        var restored = await api.PostAsync(Verify, new { t = CaseApi.Tenant, c = caseId });

        Assert.True(Result(intact)["ok"]!.GetValue<bool>(), intact.ToString());
        Assert.True(Result(restored)["ok"]!.GetValue<bool>(), restored.ToString());
        var result = Result(tampered);
        Assert.False(result["ok"]!.GetValue<bool>());
        Assert.Equal(2, result["firstBadSeq"]!.GetValue<int>());
        Assert.Equal("HASH_MISMATCH", result["reason"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(result["message"]?.GetValue<string>()));
        Assert.Equal(2, viaCase.Data!["case"]!["verification"]!["firstBadSeq"]!.GetValue<int>());
    }

    private static JsonNode Result(GraphQL.GraphQLResponse response) => response.Data!["verifyCase"]!;
}
