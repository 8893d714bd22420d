using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Tests.Cases.Engine;

namespace SanXiang.Domain.Tests.Cases.Review;

/// <summary>A review's time limit is extended once, with the head's approval, on the official 2026 calendar.</summary>
public sealed class ReviewExtensionShould
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    // Tuesday 28 April 2026: five working days run to 8 May across the 劳动节 holiday (1–5 May off, Saturday 9 May worked).
    private static readonly DateTimeOffset Submitted = new(2026, 4, 28, 10, 0, 0, China);

    private static CaseHistory Submitted200000() =>
        CaseHistory.Penalty(Submitted.AddDays(-20)).CompleteThrough("notification").Skip("hearing").Propose(200_000m).Submit(at: Submitted);

    [Fact]
    public void MoveTheDueDateByTheApprovedWorkingDaysOnTheCalendar()
    {
        var history = Submitted200000().Extend(3);

        var submission = history.State.Submission!;
        Assert.Equal(8, submission.DaysLeft);
        Assert.Equal(new DateOnly(2026, 5, 12), submission.Due);
        Assert.Equal(3, submission.Extension!.Days);
        Assert.Equal("head", submission.Extension.Actor);
    }

    [Fact]
    public void RefuseASecondExtensionOfTheSameReviewEvenAfterSupplements()
    {
        var history = Submitted200000().Extend(3).RequestSupplement(Submitted.AddDays(1), new DateOnly(2026, 5, 8)).Submit(CaseHistory.Materials("已补充营业执照"), Submitted.AddDays(2));

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptExtend(2));

        Assert.Equal(ErrorCodes.ReviewExtensionUsed, refused.Code);
        Assert.Contains("只能延长一次", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, history.State.Submission!.Extension!.Days);
    }

    [Fact]
    public void AllowANewReviewAfterProblemsItsOwnExtension()
    {
        var history = Submitted200000().Extend(3).Review(ReviewOutcome.HasProblems).Submit(CaseHistory.Materials("已补充裁量说明"), Submitted.AddDays(2));

        Assert.Null(history.State.Submission!.Extension);
        Assert.Equal(2, history.AttemptExtend(2).Days);
    }

    [Fact]
    public void RefuseMoreThanTheLimitAgainOrNoReason()
    {
        var history = Submitted200000();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptExtend(ReviewTimeLimit.DefaultWorkingDays + 1, " "));

        Assert.Equal(["days", "reason"], refused.Problems.Select(p => p.Field));
        Assert.Null(history.State.Submission!.Extension);
    }

    [Fact]
    public void RefuseAnExtensionWhileTheClockStandsForSupplements()
    {
        var history = Submitted200000().RequestSupplement(Submitted.AddHours(2), new DateOnly(2026, 5, 8));

        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<SanXiangException>(() => history.AttemptExtend(2)).Code);
    }
}
