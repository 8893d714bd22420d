using SanXiang.Domain.Calendar;
using SanXiang.Domain.Deadlines;
using SanXiang.Domain.Tests.Calendar;

namespace SanXiang.Domain.Tests.Deadlines;

public class DeadlineRecomputationShould
{
    private static OpenDeadline Open(string key, IDeadlineRule rule, DateOnly anchor, WorkingDayCalendar calendar) =>
        new(key, rule, anchor, rule.Compute(calendar, anchor));

    [Fact]
    public void ReportTheDeadlinesThe2019LabourDayAmendmentMoved()
    {
        var before = Labour2019.BeforeAmendment;
        OpenDeadline[] open =
        [
            Open("hearing-request", StatutoryDeadlines.HearingRequest, new DateOnly(2019, 4, 29), before),
            Open("withdraw", StatutoryDeadlines.WithdrawPublishedPenalty, new DateOnly(2019, 4, 26), before),
            Open("publish", StatutoryDeadlines.PublishDecision, new DateOnly(2019, 6, 3), before),
            Open("decide", StatutoryDeadlines.Decision, new DateOnly(2019, 3, 1), before),
        ];

        var moved = DeadlineRecomputation.Moved(open, before.Amend(Labour2019.Amended));

        Assert.Equal(["hearing-request", "withdraw"], moved.Select(deadline => deadline.Key));
        Assert.Equal((new DateOnly(2019, 5, 7), new DateOnly(2019, 5, 8)), (moved[0].Before.Due, moved[0].After.Due));
        Assert.Equal((new DateOnly(2019, 5, 2), new DateOnly(2019, 4, 30)), (moved[1].Before.Due, moved[1].After.Due));
    }

    [Fact]
    public void TellWhenAProvisionalDeadlineBecomesOfficial()
    {
        var provisional = WorkingDayCalendar.Official.WithProvisionalYears(2027);
        var open = Open("publish", StatutoryDeadlines.PublishLicensingOrPenaltyDecision, new DateOnly(2026, 12, 24), provisional);
        var notice = CalendarYear.Official(2027, [new CalendarEntry(new DateOnly(2027, 1, 1), DayKind.Off, "元旦", "测试通知")]);

        var recomputed = Assert.Single(DeadlineRecomputation.Recompute([open], provisional.WithYear(notice)));

        Assert.True(recomputed.BecameOfficial);
        Assert.False(recomputed.Moved);
        Assert.Equal(new DateOnly(2027, 1, 5), recomputed.After.Due);
    }
}
