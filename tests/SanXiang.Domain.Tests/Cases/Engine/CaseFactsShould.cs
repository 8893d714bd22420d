using SanXiang.Domain.Cases;

namespace SanXiang.Domain.Tests.Cases.Engine;

public sealed class CaseFactsShould
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void FillTheCaseFactsTheTemplateAsksForAndTheOfficerLeftEmpty()
    {
        var history = CaseHistory.Penalty(Filed);
        var template = CaseHistory.Plugin.DocumentTemplates.Single(t => t.Kind == "filing-approval");

        var fields = CaseFacts.Merge(template, new Dictionary<string, string> { ["party_name"] = " " }, history.State, "2026-0007", "新田县市场监督管理局", new DateOnly(2026, 3, 3));

        Assert.Equal("2026-0007", fields["case_number"]);
        Assert.Equal("销售过期食品案", fields["cause"]);
        Assert.Equal("新田县某超市", fields["party_name"]);
        Assert.Equal("91431128MA4L0000X1", fields["party_code"]);
        Assert.Equal("张明、李华", fields["handlers"]);
        Assert.Equal("新田县市场监督管理局", fields["agency_name"]);
        Assert.Equal("2026年3月3日", fields["date"]);
        Assert.False(fields.ContainsKey("filing_date"));
    }

    [Fact]
    public void KeepWhatTheOfficerWrote()
    {
        var history = CaseHistory.Penalty(Filed);
        var template = CaseHistory.Plugin.DocumentTemplates.Single(t => t.Kind == "filing-approval");

        var fields = CaseFacts.Merge(template, new Dictionary<string, string> { ["cause"] = "涉嫌销售过期食品" }, history.State, "2026-0007", null, new DateOnly(2026, 3, 3));

        Assert.Equal("涉嫌销售过期食品", fields["cause"]);
        Assert.False(fields.ContainsKey("agency_name"));
    }
}
