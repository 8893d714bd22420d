using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;

namespace SanXiang.Domain.Tests.Plans;

public class LedgerTaskHistoryShould
{
    private static readonly DateOnly PlanStart = new(2019, 6, 1);
    private static readonly LedgerDeadline October = LedgerDeadline.Parse("2019年10月");
    private static readonly LedgerDeadline LongTerm = LedgerDeadline.Parse("长期执行");
    private static readonly LedgerDeadline OctoberThenLongTerm = LedgerDeadline.Parse("2019年10月，并长期执行，适时调整。");
    private static readonly PlanEvidence Link = new("门户网站执法信息公示专栏链接截图", null);

    [Fact]
    public void StartNotStartedAndBeOverdueAfterItsMonth()
    {
        Assert.Equal(LedgerTaskState.NotStarted, LedgerTaskHistory.Empty.Progress(October, PlanStart, new DateOnly(2019, 10, 31)).State);
        Assert.False(LedgerTaskHistory.Empty.Progress(October, PlanStart, new DateOnly(2019, 10, 31)).Overdue);
        Assert.True(LedgerTaskHistory.Empty.Progress(October, PlanStart, new DateOnly(2019, 11, 1)).Overdue);
    }

    [Fact]
    public void StayOverdueWhileOnlyInProgress()
    {
        var reported = LedgerTaskHistory.Empty.CheckIn(October, At(2019, 10, 8), "王科长", "已与省平台对接，链接待上线", [], completes: false);

        var progress = reported.Progress(October, PlanStart, new DateOnly(2019, 11, 5));

        Assert.Equal(LedgerTaskState.InProgress, progress.State);
        Assert.True(progress.Overdue);
        Assert.Equal(new DateOnly(2019, 10, 8), progress.LastReportOn);
    }

    [Fact]
    public void BeDoneByAReportOfCompletionWithEvidence()
    {
        var done = LedgerTaskHistory.Empty.CheckIn(October, At(2019, 10, 20), "王科长", "链接已上线", [Link], completes: true);

        var progress = done.Progress(October, PlanStart, new DateOnly(2019, 12, 1));

        Assert.Equal(LedgerTaskState.Done, progress.State);
        Assert.False(progress.Overdue);
        Assert.True(progress.Complete);
    }

    [Fact]
    public void RefuseACompletionWithoutEvidenceOrNote()
    {
        var error = Assert.Throws<SanXiangException>(() => LedgerTaskHistory.Empty.CheckIn(October, At(2019, 10, 20), "王科长", null, [], completes: true));

        Assert.Equal(["note", "evidence"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void RefuseReportsAfterTheTaskIsDone()
    {
        var done = LedgerTaskHistory.Empty.CheckIn(October, At(2019, 10, 20), "王科长", "链接已上线", [Link], completes: true);

        Assert.Equal(ErrorCodes.LedgerTaskDone, Assert.Throws<SanXiangException>(() => done.CheckIn(October, At(2019, 10, 21), "王科长", "补充", [], completes: false)).Code);
    }

    [Fact]
    public void RefuseCompletingALongTermTask()
    {
        var error = Assert.Throws<SanXiangException>(() => LedgerTaskHistory.Empty.CheckIn(LongTerm, At(2020, 3, 1), "王科长", "已公示", [Link], completes: true));

        Assert.Equal(ErrorCodes.LedgerTaskLongTerm, error.Code);
    }

    [Fact]
    public void AskALongTermTaskForAReportEachHalfYear()
    {
        var reported = LedgerTaskHistory.Empty.CheckIn(LongTerm, At(2020, 3, 1), "王科长", "上半年按月更新执法人员信息", [], completes: false);

        Assert.Equal(LedgerTaskState.ReportedThisPeriod, reported.Progress(LongTerm, PlanStart, new DateOnly(2020, 6, 30)).State);
        Assert.Equal(LedgerTaskState.AwaitingReport, reported.Progress(LongTerm, PlanStart, new DateOnly(2020, 7, 1)).State);
        Assert.False(reported.Progress(LongTerm, PlanStart, new DateOnly(2020, 12, 31)).Overdue);
        Assert.True(reported.Progress(LongTerm, PlanStart, new DateOnly(2021, 1, 1)).Overdue);
    }

    [Fact]
    public void BringALongTermTaskUpToDateWithALateReport()
    {
        var late = LedgerTaskHistory.Empty
            .CheckIn(LongTerm, At(2020, 3, 1), "王科长", "上半年报送", [], completes: false)
            .CheckIn(LongTerm, At(2021, 2, 1), "王科长", "补报", [], completes: false);

        var progress = late.Progress(LongTerm, PlanStart, new DateOnly(2021, 2, 2));

        Assert.False(progress.Overdue);
        Assert.Equal(LedgerTaskState.ReportedThisPeriod, progress.State);
        Assert.Equal(new PlanItemDates(new DateOnly(2022, 1, 1), new DateOnly(2021, 6, 30), null), progress.Dates);
    }

    [Fact]
    public void OweNothingForHalfYearsBeforeThePlanOrTheFirstDate()
    {
        // The plan starts in June 2019: the first half of 2019 ran into it, so from July a long-term task without a date owes its report.
        Assert.False(LedgerTaskHistory.Empty.Progress(LongTerm, new DateOnly(2019, 7, 1), new DateOnly(2019, 12, 31)).Overdue);
        Assert.True(LedgerTaskHistory.Empty.Progress(LongTerm, PlanStart, new DateOnly(2019, 7, 1)).Overdue);

        // A task first due in October 2019 owes a report for the second half of 2019, asked from January 2020.
        Assert.False(LedgerTaskHistory.Empty.Progress(OctoberThenLongTerm, PlanStart, new DateOnly(2019, 12, 31)).Overdue);
        Assert.True(LedgerTaskHistory.Empty.Progress(OctoberThenLongTerm, PlanStart, new DateOnly(2020, 1, 1)).Overdue);
    }

    [Fact]
    public void CountProgressFromEvidenceNotFromTheText()
    {
        var tasks = new[]
        {
            LedgerTaskHistory.Empty.CheckIn(October, At(2019, 10, 20), "王科长", "链接已上线", [Link], completes: true).Progress(October, PlanStart, new DateOnly(2019, 11, 2)),
            LedgerTaskHistory.Empty.CheckIn(October, At(2019, 10, 20), "王科长", "已全部完成", [], completes: false).Progress(October, PlanStart, new DateOnly(2019, 11, 2)),
            LedgerTaskHistory.Empty.Progress(LongTerm, PlanStart, new DateOnly(2019, 11, 2)),
        };

        var progress = PlanProgress.Of([], [(October.Due, tasks[0]), (October.Due, tasks[1]), (null, tasks[2])], new DateOnly(2019, 11, 2));

        Assert.Equal(3, progress.Tasks);
        Assert.Equal(1, progress.TasksComplete);
        Assert.Equal(2, progress.TasksOverdue);
    }

    [Fact]
    public void CountADatedTaskOnTimeOnlyWhenItWasDoneByItsDueDate()
    {
        var doneInTime = LedgerTaskHistory.Empty.CheckIn(October, At(2019, 10, 20), "王科长", "链接已上线", [Link], completes: true);
        var doneLate = LedgerTaskHistory.Empty.CheckIn(October, At(2019, 11, 1), "王科长", "链接已上线", [Link], completes: true);
        (DateOnly?, LedgerTaskProgress)[] On(DateOnly day) =>
        [
            (October.Due, doneInTime.Progress(October, PlanStart, day)),
            (October.Due, doneLate.Progress(October, PlanStart, day)),
            (null, LedgerTaskHistory.Empty.Progress(LongTerm, PlanStart, day)),
        ];

        // Before its due date has passed a dated task is not yet counted; long-term tasks never are.
        var during = PlanProgress.Of([], On(new DateOnly(2019, 10, 31)), new DateOnly(2019, 10, 31));
        var after = PlanProgress.Of([], On(new DateOnly(2019, 11, 2)), new DateOnly(2019, 11, 2));

        Assert.Equal((0, 0), (during.DatedItemsDue, during.DatedItemsOnTime));
        Assert.Equal((2, 1), (after.DatedItemsDue, after.DatedItemsOnTime));
        var onTime = Assert.Single(after.Indicators, i => i.Id == RolloutIndicators.OnTime);
        Assert.Equal(0.5, onTime.Value);
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));
}
