using SanXiang.Domain.Errors;
using SanXiang.Domain.Supervision;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Supervision;

public class CaseFileScoringShould
{
    private static readonly EvaluationStandard Standard = CommonEvaluationStandard.Standard;
    private static readonly DateTimeOffset At = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PassAFileThatReachesThePassingMarkWithoutAVeto()
    {
        var inspection = Open(passingMark: 80).Score(At, "王处长", Standard, ("xuchang", "c1", "销售过期食品案", true), [], Full(minus: 10), null);

        var evaluation = inspection.Evaluations.Single();
        Assert.Equal(90, evaluation.Total);
        Assert.True(evaluation.Passed);
        Assert.Empty(inspection.Findings);
    }

    [Fact]
    public void FailAFileOnAVetoItemWhateverItsPoints()
    {
        var inspection = Open().Score(At, "王处长", Standard, ("xuchang", "c1", "销售过期食品案", true), ["two-officers"], Full(), null);

        var evaluation = inspection.Evaluations.Single();
        Assert.Equal(100, evaluation.Total);
        Assert.False(evaluation.Passed);
        Assert.Contains("执法人员少于两人", inspection.Findings.Single().Text, StringComparison.Ordinal);
        Assert.Equal(evaluation.Id, inspection.Findings.Single().EvaluationId);
    }

    [Fact]
    public void FailAFileBelowTheMarkAndRecordItAsAFinding()
    {
        var inspection = Open(passingMark: 80).Score(At, "王处长", Standard, ("xuchang", "c1", "销售过期食品案", true), [], Full(minus: 25), null);

        Assert.False(inspection.Evaluations.Single().Passed);
        Assert.Contains("75 分，低于合格分数线 80 分", inspection.Findings.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptAVetoedFileWithoutItsPoints()
    {
        var inspection = Open().Score(At, "王处长", Standard, ("xuchang", "c1", "案", true), ["facts"], [], null);

        Assert.False(inspection.Evaluations.Single().Passed);
    }

    [Fact]
    public void RefuseTheFileOfACaseNotYetClosed()
    {
        var error = Assert.Throws<SanXiangException>(() => Open().Score(At, "王处长", Standard, ("xuchang", "c1", "销售过期食品案", false), [], Full(), null));

        Assert.Equal(ErrorCodes.EvaluationInvalid, error.Code);
        Assert.Contains("“销售过期食品案”尚未结案归档", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAnUnvetoedFileWithAnItemNotScored()
    {
        var error = Assert.Throws<SanXiangException>(() => Open().Score(At, "王处长", Standard, ("xuchang", "c1", "案", true), [], Full().Skip(1).ToList(), null));

        Assert.Equal(ErrorCodes.EvaluationInvalid, error.Code);
        Assert.Contains("尚未评分", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusePointsAboveTheItemsMaximumAndUnknownItems()
    {
        var scores = Full().Select(s => s.ItemId == "form-complete" ? s with { Points = 6 } : s).Append(new ItemScore("made-up", 1)).ToList();

        var error = Assert.Throws<SanXiangException>(() => Open().Score(At, "王处长", Standard, ("xuchang", "c1", "案", true), ["no-such-veto"], scores, null));

        Assert.Equal(ErrorCodes.EvaluationInvalid, error.Code);
        Assert.Equal(3, error.Problems.Count);
    }

    [Fact]
    public void RefuseScoringTheSameFileTwice()
    {
        var once = Open().Score(At, "王处长", Standard, ("xuchang", "c1", "案", true), [], Full(), null);

        Assert.Equal(ErrorCodes.EvaluationInvalid, Assert.Throws<SanXiangException>(() => once.Score(At, "李科长", Standard, ("xuchang", "c1", "案", true), [], Full(), null)).Code);
    }

    [Fact]
    public void KeepTheCommonStandardAtTwentyAndEightyPoints() => Assert.Null(Standard.Problem());

    [Fact]
    public void FallBackToTheCommonStandardForASectorWithoutOne() => Assert.Same(Standard, CommonEvaluationStandard.For(null));

    [Fact]
    public void RefuseAPassingMarkOutsideOneToAHundred() =>
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Throws<SanXiangException>(() => Open(passingMark: 0)).Code);

    internal static Inspection Open(int passingMark = 60) =>
        Inspection.Open("i1", "henan-sft", "xuchang", "2026年行政执法“三项制度”专项监督检查", passingMark, At, "王处长");

    // Every item at its maximum, the first content items short by `minus` points in total.
    private static List<ItemScore> Full(int minus = 0)
    {
        var scores = new List<ItemScore>();
        foreach (var item in Standard.Items)
        {
            var cut = item.Part == EvaluationPart.Content ? Math.Min(minus, item.Points) : 0;
            minus -= cut;
            scores.Add(new ItemScore(item.Id, item.Points - cut));
        }

        return scores;
    }
}
