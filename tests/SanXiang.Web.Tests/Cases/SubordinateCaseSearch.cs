using Microsoft.AspNetCore.Mvc.Testing;

namespace SanXiang.Web.Tests.Cases;

/// <summary>
/// <c>cases(includeSubordinates: true)</c> as a supervising department and as others use it, the same on SQLite and
/// PostgreSQL: 新田县司法局 supervises 新田县市场监督管理局, whose officer files the case.
/// </summary>
internal static class SubordinateCaseSearch
{
    private const string Supervisor = "xintian-sfj";

    private const string Search =
        "query($t: ID!, $sub: Boolean!) { cases(tenantId: $t, text: \"食品\", includeSubordinates: $sub, first: 200) { nodes { id tenantId agencyName title partyName status openedAt } totalCount } }";

    public static async Task FindASubordinatesCaseOnlyForThoseAboveItAsync(WebApplicationFactory<Program> factory, string firstOfficer, string secondOfficer)
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync(firstOfficer), await admin.AddOfficerAsync(secondOfficer)];
        var officer = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var caseId = CaseApi.Id(await officer.OpenCaseAsync(team, "销售超过保质期的食品案"));
        var supervisor = await CaseApi.SignedInAsync(factory, "xintian-sfj.supervisor");
        var stranger = await CaseApi.SignedInAsync(factory, "yuxi-sfj.officer");

        var below = await supervisor.PostAsync(Search, new { t = Supervisor, sub = true });
        var ownOnly = await supervisor.PostAsync(Search, new { t = Supervisor, sub = false });
        var upward = await officer.PostAsync(Search, new { t = Supervisor, sub = true });
        var sideways = await stranger.PostAsync(Search, new { t = Supervisor, sub = true });
        var unknown = await supervisor.PostAsync(Search, new { t = "no-such-agency", sub = true });

        Assert.True(below.Codes.Count == 0, below.ToString());
        var found = Assert.Single(below.Data!["cases"]!["nodes"]!.AsArray(), c => CaseApi.Id(c!) == caseId && c!["tenantId"]!.GetValue<string>() == CaseApi.Tenant)!;
        Assert.Equal("新田县市场监督管理局", found["agencyName"]!.GetValue<string>());
        Assert.Equal("销售超过保质期的食品案", found["title"]!.GetValue<string>());
        Assert.Equal("OPEN", found["status"]!.GetValue<string>());
        Assert.True(below.Data!["cases"]!["totalCount"]!.GetValue<int>() >= 1);
        Assert.Empty(ownOnly.Data!["cases"]!["nodes"]!.AsArray());

        // An agency's own user and another agency's user are refused the department above as they are any agency they
        // may not see; an unknown id is refused as unknown. Neither answer holds a case.
        Assert.Equal(["FORBIDDEN"], upward.Codes);
        Assert.Equal(["FORBIDDEN"], sideways.Codes);
        Assert.Equal(["TENANT_NOT_FOUND"], unknown.Codes);
        Assert.All(new[] { upward, sideways, unknown }, refused => Assert.Null(refused.Data?["cases"]));
    }

    public static async Task RefuseAMalformedOpeningDateAsync(WebApplicationFactory<Program> factory)
    {
        var supervisor = await CaseApi.SignedInAsync(factory, "xintian-sfj.supervisor");

        var refused = await supervisor.PostAsync("query { cases(tenantId: \"xintian-sfj\", includeSubordinates: true, openedFrom: \"2026-13-01\") { totalCount } }");
        var ranged = await supervisor.PostAsync("query { cases(tenantId: \"xintian-sfj\", includeSubordinates: true, openedFrom: \"2000-01-01\", openedTo: \"2000-12-31\") { totalCount } }");
        var farOff = await supervisor.PostAsync("query { cases(tenantId: \"xintian-sfj\", includeSubordinates: true, openedTo: \"9999-12-31\") { totalCount } }");

        Assert.Equal(["VALIDATION_FAILED"], refused.Codes);
        Assert.Contains("立案日期", refused.FirstMessage, StringComparison.Ordinal);
        Assert.True(ranged.Codes.Count == 0, ranged.ToString());
        Assert.Equal(["VALIDATION_FAILED"], farOff.Codes);
        Assert.Contains("不在 1990 至 2100 年之间", farOff.FirstMessage, StringComparison.Ordinal);
        Assert.Equal(0, ranged.Data!["cases"]!["totalCount"]!.GetValue<int>());
    }
}
