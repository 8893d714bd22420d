using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Tests.Cases.Engine;

namespace SanXiang.Domain.Tests.Cases.Review;

/// <summary>The seven-point checklist (DOMAIN.md §3): every point examined, with a finding and a note, and the outcome following them.</summary>
public sealed class ReviewChecklistShould
{
    private static readonly DateTimeOffset Submitted = new(2026, 4, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private static CaseHistory Submitted200000() =>
        CaseHistory.Penalty(Submitted.AddDays(-20)).CompleteThrough("notification").Skip("hearing").Propose(200_000m).Submit(at: Submitted);

    [Fact]
    public void RecordEveryPointsFindingAndNoteInTheOpinionEvent()
    {
        var history = Submitted200000();

        var opinion = history.AttemptReview("R1", ReviewOutcome.HasProblems);
        var replayed = (ReviewOpinionRecorded)CaseEventCodec.Instance.Decode("review.opinion-recorded", CaseEventCodec.Instance.Encode(opinion));
        history.State.Apply(replayed);

        Assert.Equal(ReviewPoints.All, replayed.Checklist!.Select(c => c.Point));
        var discretion = Assert.Single(history.State.CurrentReview!.Checks, c => c.Finding == ReviewFinding.Problem);
        Assert.Equal(ReviewPoint.LawAndDiscretion, discretion.Point);
        Assert.Equal("罚款数额明显高于本局裁量基准", discretion.Note);
        Assert.Contains("\"checklist\"", CaseEventCodec.Instance.Encode(opinion), StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAnOpinionThatSkipsAPointNamingItAndAppendNothing()
    {
        var history = Submitted200000();
        var six = CaseHistory.Checklist(ReviewOutcome.Agreed).Where(c => c.Point != ReviewPoint.CrimeTransfer).ToList();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReviewAs(CaseHistory.SignedInAs("R1"), null, ReviewOutcome.Agreed, checklist: six));

        Assert.Equal(ErrorCodes.ReviewChecklistIncomplete, refused.Code);
        Assert.Equal(["checklist.CrimeTransfer.finding", "checklist.CrimeTransfer.note"], refused.Problems.Select(p => p.Field));
        Assert.Contains("第7项“违法行为是否涉嫌犯罪、需要移送司法机关”", refused.Message, StringComparison.Ordinal);
        Assert.Empty(history.State.Reviews);
        Assert.Equal(ReviewStatus.Pending, history.State.Submission!.Status);
    }

    [Fact]
    public void RefuseAnOpinionWithoutAnyChecklistNamingAllFourteenFields()
    {
        var history = Submitted200000();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReviewAs(CaseHistory.SignedInAs("R1"), null, ReviewOutcome.Agreed, checklist: []));

        Assert.Equal(ErrorCodes.ReviewChecklistIncomplete, refused.Code);
        Assert.Equal(14, refused.Problems.Count);
    }

    [Fact]
    public void RefuseAPointWithAFindingButABlankNote()
    {
        var history = Submitted200000();
        var checklist = CaseHistory.Checklist(ReviewOutcome.Agreed).Select(c => c.Point == ReviewPoint.Documents ? c with { Note = "  " } : c).ToList();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReviewAs(CaseHistory.SignedInAs("R1"), null, ReviewOutcome.Agreed, checklist: checklist));

        Assert.Equal("checklist.Documents.note", Assert.Single(refused.Problems).Field);
    }

    [Fact]
    public void RefuseAgreementWhileAPointHasAProblem()
    {
        var history = Submitted200000();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReviewAs(CaseHistory.SignedInAs("R1"), null, ReviewOutcome.Agreed, checklist: CaseHistory.Checklist(ReviewOutcome.HasProblems)));

        Assert.Equal(ErrorCodes.ReviewChecklistIncomplete, refused.Code);
        Assert.Equal("outcome", Assert.Single(refused.Problems).Field);
        Assert.Contains("第4项", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseProblemsWhenEveryPointIsSatisfied()
    {
        var history = Submitted200000();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReviewAs(CaseHistory.SignedInAs("R1"), null, ReviewOutcome.HasProblems, checklist: CaseHistory.Checklist(ReviewOutcome.Agreed)));

        Assert.Equal("outcome", Assert.Single(refused.Problems).Field);
    }

    [Fact]
    public void ReadAnOpinionRecordedBeforeTheChecklistWithNoChecks()
    {
        const string Before = """{"proposalHash":"ab","reviewer":{"id":"R1","name":"赵敏","certificateNumber":"R1"},"outcome":"Agreed","reasons":"同意","actor":"reviewer","at":"2026-04-28T10:00:00+08:00"}""";

        var opinion = (ReviewOpinionRecorded)CaseEventCodec.Instance.Decode("review.opinion-recorded", Before);

        Assert.Null(opinion.Checklist);
    }

    [Fact]
    public void NameTheSevenPointsInChineseInTheOrderThePlansListThem()
    {
        Assert.Equal(7, ReviewPoints.All.Count);
        Assert.Equal("执法主体是否合法，执法人员是否具备执法资格", ReviewPoints.Name(ReviewPoints.All[0]));
        Assert.Equal(7, ReviewPoints.Number(ReviewPoint.CrimeTransfer));
        Assert.Equal("存在问题", ReviewPoints.Name(ReviewFinding.Problem));
    }
}
