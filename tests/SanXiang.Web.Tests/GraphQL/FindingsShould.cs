namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class FindingsShould(GraphQLAppFactory factory)
{
    private const string ListQuery = """
        query($t: ID!, $s: FindingStatus) {
          findings(tenantId: $t, model: "ledger-task-overdue", status: $s) {
            nodes { id model modelName basis tenantId agencyName subject evidence dismissal { reason dismissedBy } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private const string DismissMutation = """
        mutation($t: ID!, $f: ID!, $r: String) {
          dismissFinding(tenantId: $t, findingId: $f, reason: $r) { id dismissal { reason dismissedBy dismissedAt } }
        }
        """;

    [Fact]
    public async Task ListTheLedgerOfAnAgencyBelowAndKeepItsDismissalWithTheReason()
    {
        var supervisor = await GraphQLClient.SignedInAsync(factory, "henan-sft.supervisor", GraphQLAppFactory.DemoPassword);

        var open = await supervisor.PostAsync(ListQuery, new { t = "henan-sft", s = (string?)null });
        var finding = open.Data!["findings"]!["nodes"]!.AsArray().Single(n => n!["tenantId"]!.GetValue<string>() == "xuchang")!;
        var id = finding["id"]!.GetValue<string>();
        var blank = await supervisor.PostAsync(DismissMutation, new { t = "henan-sft", f = id, r = " " });
        var dismissed = await supervisor.PostAsync(DismissMutation, new { t = "henan-sft", f = id, r = "已专项督办，限期完成" });
        var openAfter = await supervisor.PostAsync(ListQuery, new { t = "henan-sft", s = (string?)null });
        var kept = await supervisor.PostAsync(ListQuery, new { t = "henan-sft", s = "DISMISSED" });

        Assert.Empty(open.Codes.Concat(dismissed.Codes).Concat(openAfter.Codes).Concat(kept.Codes));
        Assert.Equal("台账任务逾期未完成", finding["modelName"]!.GetValue<string>());
        Assert.Equal("LEDGER", finding["subject"]!.GetValue<string>());
        Assert.Matches("^有\\d+项台账任务超过完成时限未完成，最早自\\d{4}年\\d+月\\d+日起逾期。$", finding["evidence"]!.GetValue<string>());
        Assert.Equal(["FINDING_REASON_REQUIRED"], blank.Codes);
        Assert.Equal("已专项督办，限期完成", dismissed.Data!["dismissFinding"]!["dismissal"]!["reason"]!.GetValue<string>());
        Assert.DoesNotContain(openAfter.Data!["findings"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
        var entry = kept.Data!["findings"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("henan-sft.supervisor", entry["dismissal"]!["dismissedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task RefuseADepartmentOutsideTheSubtreeAndTheAgencyDismissingItsOwnFinding()
    {
        var elsewhere = await GraphQLClient.SignedInAsync(factory, "shanxi-fzb.supervisor", GraphQLAppFactory.DemoPassword);
        var agency = await GraphQLClient.SignedInAsync(factory, "xuchang.admin", GraphQLAppFactory.DemoPassword);

        var outside = await elsewhere.PostAsync(ListQuery, new { t = "henan-sft", s = (string?)null });
        var own = await agency.PostAsync(ListQuery, new { t = "xuchang", s = "ALL" });
        var id = own.Data!["findings"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var ownDismissal = await agency.PostAsync(DismissMutation, new { t = "xuchang", f = id, r = "已整改" });
        var outsideDismissal = await elsewhere.PostAsync(DismissMutation, new { t = "shanxi-fzb", f = id, r = "已整改" });

        Assert.Equal(["FORBIDDEN"], outside.Codes);
        Assert.Equal(["FORBIDDEN"], ownDismissal.Codes);
        Assert.Equal(["FINDING_NOT_FOUND"], outsideDismissal.Codes);
    }
}
