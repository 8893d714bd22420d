using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Domain.Tests.Cases.Engine;

public sealed class DeadlineScheduleShould
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 0, 0, China);

    // 国办发明电〔2018〕15号 gave 2019's 劳动节 one day; 国办发明电〔2019〕3号 (in the shipped table) made it 05-01..05-04
    // with 04-28 and 05-05 as working days (tests/SanXiang.Domain.Tests/Calendar/Labour2019.cs).
    private static readonly WorkingDayCalendar Before2019Amendment = WorkingDayCalendar.Official.Amend(new CalendarAmendment(
        2019, "国办发明电〔2018〕15号", ["劳动节"], [new CalendarEntry(new DateOnly(2019, 5, 1), DayKind.Off, "劳动节", "国办发明电〔2018〕15号")]));

    [Fact]
    public void GiveTheDecisionNinetyCalendarDaysFromFiling()
    {
        var history = CaseHistory.Penalty(Filed);

        var decision = Deadline(history, "decision", new DateOnly(2026, 3, 2));

        Assert.Equal(new DateOnly(2026, 5, 31), decision.Due);
        Assert.Contains("第六十条", decision.Article, StringComparison.Ordinal);
        Assert.Equal(CaseDeadlineStatus.Open, decision.Status);
    }

    [Fact]
    public void GiveServiceSevenWorkingDaysFromTheDecision()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("collective-discussion").Complete("decision", new DateTimeOffset(2026, 3, 10, 16, 0, 0, China));

        var service = Deadline(history, "service", new DateOnly(2026, 3, 11));

        Assert.Equal(new DateOnly(2026, 3, 19), service.Due);
    }

    [Fact]
    public void DateADeadlineOnlyOnceItsAnchorStepCompleted()
    {
        var history = CaseHistory.Penalty(Filed);

        var views = DeadlineSchedule.Views(history.Procedure, history.State, new DateOnly(2026, 3, 2));

        var service = views.Single(d => d.StepId == "service");
        Assert.Equal(CaseDeadlineStatus.NotStarted, service.Status);
        Assert.Null(service.Due);
        Assert.NotNull(views.Single(d => d.StepId == "decision").Due);
    }

    [Fact]
    public void CountTheHearingRequestOnTheCalendarInForce()
    {
        var filed = new DateTimeOffset(2019, 4, 15, 9, 0, 0, China);
        var told = new DateTimeOffset(2019, 4, 29, 10, 0, 0, China);
        var history = CaseHistory.Penalty(filed, calendar: Before2019Amendment).CompleteThrough("examination").Complete("notification", told, Before2019Amendment);

        var before = Deadline(history, "hearing", new DateOnly(2019, 4, 29)).Due;
        var after = DeadlineSchedule.Recompute(history.Procedure, history.State, WorkingDayCalendar.Official).Single(d => d.StepId == "hearing").Due;

        Assert.Equal(new DateOnly(2019, 5, 7), before);
        Assert.Equal(new DateOnly(2019, 5, 8), after);
    }

    [Fact]
    public void SayADeadlineWasSkippedWhenItsStepIsSkippedNotThatItWasMet()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification").Skip("hearing");

        var hearing = Deadline(history, "hearing", new DateOnly(2026, 12, 1));

        Assert.Equal(CaseDeadlineStatus.Skipped, hearing.Status);
        Assert.Null(hearing.MetOn);
    }

    [Fact]
    public void MarkADeadlineDueTodayAndThenOverdue()
    {
        var history = CaseHistory.Penalty(Filed);

        Assert.Equal(CaseDeadlineStatus.DueToday, Deadline(history, "decision", new DateOnly(2026, 5, 31)).Status);
        Assert.Equal(CaseDeadlineStatus.Overdue, Deadline(history, "decision", new DateOnly(2026, 6, 1)).Status);
    }

    [Fact]
    public void ShowAnErrorInsteadOfADateWhenTheCalendarLacksTheYear()
    {
        var history = CaseHistory.Penalty(new DateTimeOffset(2098, 12, 1, 9, 0, 0, China)).CompleteThrough("collective-discussion")
            .Complete("decision", new DateTimeOffset(2098, 12, 28, 9, 0, 0, China));

        var service = Deadline(history, "service", new DateOnly(2098, 12, 28));

        Assert.Null(service.Due);
        Assert.Contains("缺少2098年", service.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowTheHearingNoticeLimitByItsDescriptionWithoutInventingADate()
    {
        var history = CaseHistory.Penalty(Filed);

        var notice = DeadlineSchedule.Views(history.Procedure, history.State, new DateOnly(2026, 3, 2))
            .Single(d => d.StepId == "hearing" && d.Description.Contains("七日前", StringComparison.Ordinal));

        Assert.Null(notice.Due);
        Assert.Null(notice.Error);
    }

    private static CaseDeadlineView Deadline(CaseHistory history, string stepId, DateOnly today) =>
        DeadlineSchedule.Views(history.Procedure, history.State, today).First(d => d.StepId == stepId);
}
