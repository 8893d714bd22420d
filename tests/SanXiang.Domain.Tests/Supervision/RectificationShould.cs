using SanXiang.Domain.Calendar;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;

namespace SanXiang.Domain.Tests.Supervision;

public class RectificationShould
{
    // Wednesday 2 December 2026; Beijing morning.
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateTimeOffset At = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly PlanEvidence Notice = new("《关于整改案卷评查问题的报告》", "许司发〔2026〕30号");

    [Fact]
    public void CountTheWorkingDaysTheAgencyIsGiven()
    {
        // 3 Dec to 16 Dec 2026: two weeks less their four weekend days.
        var task = Assign(new DateOnly(2026, 12, 16)).Rectifications.Single();

        Assert.Equal(10, task.WorkingDays);
        Assert.Equal(RectificationState.Open, task.State);
    }

    [Fact]
    public void RefuseADeadlineBeforeTheTaskStarts()
    {
        var error = Assert.Throws<SanXiangException>(() => Assign(Today.AddDays(-1)));

        Assert.Equal(ErrorCodes.RectificationDeadlineInvalid, error.Code);
    }

    [Fact]
    public void RefuseADeadlineOnARestDay()
    {
        // 1 October 2026 is 国庆节.
        var error = Assert.Throws<SanXiangException>(() => Assign(new DateOnly(2026, 12, 5), today: new DateOnly(2026, 9, 30)));

        Assert.Equal(ErrorCodes.RectificationDeadlineInvalid, error.Code);
        Assert.Contains("休息日", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseADeadlineInAYearTheCalendarDoesNotHold() =>
        Assert.Equal(ErrorCodes.CalendarYearMissing, Assert.Throws<SanXiangException>(() => Assign(new DateOnly(2031, 3, 3))).Code);

    [Fact]
    public void GoFromEvidenceThroughRejectionToAcceptance()
    {
        var inspection = Assign(new DateOnly(2026, 12, 16));

        var done = inspection
            .SubmitEvidence("R1", At, "许昌管理员", "xuchang", "已补正", [Notice])
            .Review("R1", At, "王处长", "henan-sft", accept: false, "缺少整改后的案卷")
            .SubmitEvidence("R1", At, "许昌管理员", "xuchang", null, [Notice])
            .Review("R1", At, "王处长", "henan-sft", accept: true, null);

        var task = done.Rectification("R1");
        Assert.Equal(RectificationState.Accepted, task.State);
        Assert.Equal(
            [RectificationActionKind.Assigned, RectificationActionKind.EvidenceSubmitted, RectificationActionKind.Rejected, RectificationActionKind.EvidenceSubmitted, RectificationActionKind.Accepted],
            task.Actions.Select(a => a.Kind));
        Assert.Equal("缺少整改后的案卷", task.Actions[2].Note);
    }

    [Fact]
    public void RefuseEvidenceFromAnotherAgency() =>
        Assert.Equal(
            ErrorCodes.RectificationNotResponsible,
            Assert.Throws<SanXiangException>(() => Assign(new DateOnly(2026, 12, 16)).SubmitEvidence("R1", At, "某人", "yuxi-sfj", null, [Notice])).Code);

    [Fact]
    public void RefuseTheAgencyAcceptingItsOwnFix()
    {
        var submitted = Assign(new DateOnly(2026, 12, 16)).SubmitEvidence("R1", At, "许昌管理员", "xuchang", null, [Notice]);

        Assert.Equal(ErrorCodes.RectificationSelfReview, Assert.Throws<SanXiangException>(() => submitted.Review("R1", At, "许昌管理员", "xuchang", accept: true, null)).Code);
    }

    [Fact]
    public void RefuseAReviewWithNothingSubmittedAndARejectionWithoutRemark()
    {
        var inspection = Assign(new DateOnly(2026, 12, 16));

        Assert.Equal(ErrorCodes.RectificationNotSubmitted, Assert.Throws<SanXiangException>(() => inspection.Review("R1", At, "王处长", "henan-sft", accept: true, null)).Code);
        var submitted = inspection.SubmitEvidence("R1", At, "许昌管理员", "xuchang", null, [Notice]);
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Throws<SanXiangException>(() => submitted.Review("R1", At, "王处长", "henan-sft", accept: false, " ")).Code);
    }

    [Fact]
    public void BeOverdueOnlyAfterItsDeadlineWhileNotFixed()
    {
        var deadline = new DateOnly(2026, 12, 16);
        var task = Assign(deadline).Rectification("R1");

        Assert.False(task.IsOverdue(deadline));
        Assert.True(task.IsOverdue(deadline.AddDays(1)));
        var onTime = task.Submit(At, "许昌管理员", "xuchang", null, [Notice]);
        Assert.False(onTime.IsOverdue(deadline.AddDays(1)));
    }

    [Fact]
    public void HoldPeopleAccountableOnlyForAnOverdueTask()
    {
        var inspection = Assign(new DateOnly(2026, 12, 16));

        var early = Assert.Throws<SanXiangException>(() => inspection.HoldAccountable("R1", At, new DateOnly(2026, 12, 16), "王处长", "张某", "约谈", null));
        var held = inspection.HoldAccountable("R1", At, new DateOnly(2026, 12, 17), "王处长", "张某", "通报批评", "经督促仍未整改");

        Assert.Equal(ErrorCodes.RectificationNotOverdue, early.Code);
        Assert.Equal(new Accountability("张某", "通报批评"), held.Rectification("R1").Accountabilities.Single());
        Assert.Equal(RectificationState.Open, held.Rectification("R1").State);
    }

    [Fact]
    public void RecordTheNoticeIssuedForAnOverdueTaskInItsHistoryWithoutChangingItsState()
    {
        var inspection = Assign(new DateOnly(2026, 12, 16));

        var early = Assert.Throws<SanXiangException>(() => inspection.IssueNotice("R1", At, new DateOnly(2026, 12, 16), "王处长", "许司通〔2026〕3号", null));
        var noticed = inspection.IssueNotice("R1", At, new DateOnly(2026, 12, 17), "王处长", " 许司通〔2026〕3号 ", "全市通报").Rectification("R1");
        var unnumbered = Assert.Throws<SanXiangException>(() => inspection.IssueNotice("R1", At, new DateOnly(2026, 12, 17), "王处长", " ", null));

        Assert.Equal(ErrorCodes.RectificationNotOverdue, early.Code);
        var action = noticed.Actions.Last();
        Assert.Equal((RectificationActionKind.NoticeIssued, "全市通报"), (action.Kind, action.Note));
        Assert.Equal(new PlanEvidence(Rectification.NoticeTitle, "许司通〔2026〕3号"), action.Evidence.Single());
        Assert.Equal(RectificationState.Open, noticed.State);
        Assert.True(noticed.IsOverdue(new DateOnly(2026, 12, 17)));
        Assert.Equal(ErrorCodes.ValidationFailed, unnumbered.Code);
    }

    [Fact]
    public void TakeTheProblemFromTheFindingItFixes()
    {
        var inspection = CaseFileScoringShould.Open().RecordFinding(At, "王处长", "执法人员清单未按期更新");

        var task = inspection.AssignRectification(At, Today, WorkingDayCalendar.Official, "王处长", "F1", null, "xuchang", new DateOnly(2026, 12, 16)).Rectification("R1");

        Assert.Equal("执法人员清单未按期更新", task.Problem);
        Assert.Equal("F1", task.FindingId);
    }

    [Fact]
    public void NeedTheProblemWrittenOutForAFindingOfElsewhere()
    {
        var error = Assert.Throws<SanXiangException>(() =>
            CaseFileScoringShould.Open().AssignRectification(At, Today, WorkingDayCalendar.Official, "王处长", "problem-model:late-publication:42", null, "xuchang", new DateOnly(2026, 12, 16)));

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
    }

    private static Inspection Assign(DateOnly deadline, DateOnly? today = null) =>
        CaseFileScoringShould.Open().AssignRectification(At, today ?? Today, WorkingDayCalendar.Official, "王处长", null, "案卷缺少送达回证", "xuchang", deadline);
}
