using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;

namespace SanXiang.Domain.Tests.Plans;

public class DeliverableHistoryShould
{
    private static readonly DateOnly Due = new(2019, 7, 31);
    private static readonly PlanEvidence Handbook = new("《玉溪市司法局行政执法工作手册》", "玉司发〔2019〕12号");

    [Fact]
    public void WaitForTheSuperiorOnceFiled()
    {
        var filed = DeliverableHistory.Empty.File(At(2019, 7, 20), "张局长", "yuxi-sfj", null, [Handbook]);

        var progress = filed.Progress(Due, new DateOnly(2019, 8, 15));

        Assert.Equal(DeliverableState.Filed, progress.State);
        Assert.False(progress.Overdue);
        Assert.False(progress.FiledLate);
        Assert.Equal(new DateOnly(2019, 7, 20), progress.FiledOn);
    }

    [Fact]
    public void BeOverdueWhenNotFiledByItsDate()
    {
        Assert.False(DeliverableHistory.Empty.Progress(Due, Due).Overdue);
        Assert.True(DeliverableHistory.Empty.Progress(Due, Due.AddDays(1)).Overdue);
    }

    [Fact]
    public void CountTheChinaDateOfAFilingMadeLateInTheEvening()
    {
        // 23:30 on 31 July in Beijing is 15:30 UTC the same day; 00:30 on 1 August in Beijing is still 31 July in UTC.
        var inTime = DeliverableHistory.Empty.File(new DateTimeOffset(2019, 7, 31, 15, 30, 0, TimeSpan.Zero), "张局长", "yuxi-sfj", null, [Handbook]);
        var late = DeliverableHistory.Empty.File(new DateTimeOffset(2019, 7, 31, 16, 30, 0, TimeSpan.Zero), "张局长", "yuxi-sfj", null, [Handbook]);

        Assert.False(inTime.Progress(Due, Due.AddDays(3)).FiledLate);
        Assert.True(late.Progress(Due, Due.AddDays(3)).FiledLate);
    }

    [Fact]
    public void RefuseAFilingWithoutEvidence()
    {
        var error = Assert.Throws<SanXiangException>(() => DeliverableHistory.Empty.File(At(2019, 7, 20), "张局长", "yuxi-sfj", "已完成", []));

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("evidence", Assert.Single(error.Problems).Field);
    }

    [Fact]
    public void RefuseASecondFilingWhileTheFirstWaits()
    {
        var filed = DeliverableHistory.Empty.File(At(2019, 7, 20), "张局长", "yuxi-sfj", null, [Handbook]);

        var error = Assert.Throws<SanXiangException>(() => filed.File(At(2019, 7, 21), "张局长", "yuxi-sfj", null, [Handbook]));

        Assert.Equal(ErrorCodes.DeliverableAlreadyFiled, error.Code);
    }

    [Fact]
    public void RefuseTheAgencyApprovingItsOwnFiling()
    {
        var filed = DeliverableHistory.Empty.File(At(2019, 7, 20), "张局长", "yuxi-sfj", null, [Handbook]);

        var error = Assert.Throws<SanXiangException>(() => filed.Review(At(2019, 7, 22), "张局长", "yuxi-sfj", "yuxi-sfj", approve: true, null));

        Assert.Equal(ErrorCodes.DeliverableSelfReview, error.Code);
    }

    [Fact]
    public void RefuseAReviewWhenNothingWaits()
    {
        var error = Assert.Throws<SanXiangException>(() => DeliverableHistory.Empty.Review(At(2019, 7, 22), "李处长", "yn-sft", "yuxi-sfj", approve: true, null));

        Assert.Equal(ErrorCodes.DeliverableNotFiled, error.Code);
    }

    [Fact]
    public void RequireARemarkToSendAFilingBack()
    {
        var filed = DeliverableHistory.Empty.File(At(2019, 7, 20), "张局长", "yuxi-sfj", null, [Handbook]);

        var error = Assert.Throws<SanXiangException>(() => filed.Review(At(2019, 7, 22), "李处长", "yn-sft", "yuxi-sfj", approve: false, "  "));

        Assert.Equal("remark", Assert.Single(error.Problems).Field);
    }

    [Fact]
    public void BeOverdueAgainWhenSentBackAfterItsDateAndShowTheRemark()
    {
        var returned = DeliverableHistory.Empty
            .File(At(2019, 7, 20), "张局长", "yuxi-sfj", null, [Handbook])
            .Review(At(2019, 8, 2), "李处长", "yn-sft", "yuxi-sfj", approve: false, "缺少执法流程图");

        var progress = returned.Progress(Due, new DateOnly(2019, 8, 5));

        Assert.Equal(DeliverableState.Returned, progress.State);
        Assert.True(progress.Overdue);
        Assert.Equal("缺少执法流程图", progress.Remark);
    }

    [Fact]
    public void EndWithAnApprovalAfterARefiling()
    {
        var approved = DeliverableHistory.Empty
            .File(At(2019, 7, 20), "张局长", "yuxi-sfj", null, [Handbook])
            .Review(At(2019, 7, 25), "李处长", "yn-sft", "yuxi-sfj", approve: false, "缺少执法流程图")
            .File(At(2019, 7, 29), "张局长", "yuxi-sfj", "已补充流程图", [Handbook, new PlanEvidence("执法流程图", null)])
            .Review(At(2019, 8, 1), "李处长", "yn-sft", "yuxi-sfj", approve: true, null);

        Assert.Equal(DeliverableState.Approved, approved.Progress(Due, new DateOnly(2019, 9, 1)).State);
        Assert.False(approved.Progress(Due, new DateOnly(2019, 9, 1)).Overdue);
        Assert.Equal(4, approved.Actions.Count);
        Assert.Equal(ErrorCodes.DeliverableAlreadyFiled, Assert.Throws<SanXiangException>(() => approved.File(At(2019, 9, 2), "张局长", "yuxi-sfj", null, [Handbook])).Code);
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));
}
