namespace SanXiang.Plugins.Tests;

public class PenaltyProcedureShould
{
    private static Procedure Penalty(string id) => Plugins.Get(id).Procedures.Single(p => p.Category == EnforcementCategory.Penalty);

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void RunTheGeneralProcedureStepsInTheLawsOrder(string id) =>
        Assert.Equal(
            [CaseStepKind.Filing, CaseStepKind.Investigation, CaseStepKind.Evidence, CaseStepKind.Examination, CaseStepKind.Notification, CaseStepKind.Hearing,
             CaseStepKind.LegalReview, CaseStepKind.CollectiveDiscussion, CaseStepKind.Decision, CaseStepKind.Service, CaseStepKind.Execution, CaseStepKind.Closing],
            Penalty(id).Steps.Select(s => s.Kind));

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void NeedTwoOfficersToInvestigate(string id) =>
        Assert.Equal(2, Penalty(id).Steps.Single(s => s.Kind == CaseStepKind.Investigation).MinimumOfficers);

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void MakeOnlyPreservationHearingReviewAndDiscussionOptional(string id) =>
        Assert.Equal(
            [CaseStepKind.Evidence, CaseStepKind.Hearing, CaseStepKind.LegalReview, CaseStepKind.CollectiveDiscussion],
            Penalty(id).Steps.Where(s => s.Optional).Select(s => s.Kind));

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void CiteTheArticleOfEveryDeadline(string id)
    {
        var deadlines = Penalty(id).Steps.SelectMany(s => s.Deadlines).ToList();

        Assert.All(deadlines, d => Assert.Contains("第", d.Article, StringComparison.Ordinal));
        AssertDeadline(deadlines, 90, DayCount.CalendarDays, null, "第六十条");
        AssertDeadline(deadlines, 5, DayCount.WorkingDays, "notification", "第六十四条");
        AssertDeadline(deadlines, 7, DayCount.WorkingDays, "hearing", "第六十四条");
        AssertDeadline(deadlines, 7, DayCount.WorkingDays, "decision", "第六十一条");
        AssertDeadline(deadlines, 7, DayCount.WorkingDays, "evidence-preservation", "第五十六条");
        AssertDeadline(deadlines, 15, DayCount.CalendarDays, "service", "第六十七条");
    }

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void AllowTheSimplifiedProcedureOnlyWithinArticle51(string id)
    {
        var simplified = Penalty(id).Simplified!;

        Assert.Equal(200m, simplified.MaxFineCitizen);
        Assert.Equal(3000m, simplified.MaxFineOrganisation);
        Assert.Contains("第五十一条", simplified.Article, StringComparison.Ordinal);
        Assert.Contains("on-the-spot-decision", simplified.Steps.SelectMany(s => s.RequiredDocuments));
    }

    private static void AssertDeadline(IEnumerable<StepDeadline> deadlines, int days, DayCount count, string? from, string article) =>
        Assert.Contains(deadlines, d => d.Days == days && d.Count == count && d.FromStep == from && d.Article.Contains(article, StringComparison.Ordinal));
}
