using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Cases;

public class CommandTextShould
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void StoreAPartyAndItsCodeAsTheConsoleWouldHaveNormalisedThem()
    {
        var command = new OpenCaseCommand("  销售超过保质期的食品案 ", EnforcementCategory.Penalty, new CaseParty("新田县  某超市", PartyKind.Organisation, "９１４３１１２８ＭＡ４Ｌ００００Ｘ１"), false, 500m, [" A1 "], "xintian-scjg.officer", At);

        var normalised = CommandText.Of(command);

        Assert.Equal("销售超过保质期的食品案", normalised.Title);
        Assert.Equal("新田县 某超市", normalised.Party.Name);
        Assert.Equal("91431128MA4L0000X1", normalised.Party.IdCode);
        Assert.Equal(["A1"], normalised.OfficerIds);
    }

    [Fact]
    public void RefuseFactsOfAProposalLongerThanAnyDecisionsFacts()
    {
        var command = new ProposeDecisionCommand([PenaltyKind.Fine], 50_000m, 0m, "《安全生产法》第九十九条", new string('事', TextFields.FactsSummary.MaxLength + 1), false, "gengma-yjj.officer", At);

        var refused = Assert.Throws<SanXiangException>(() => CommandText.Of(command));

        Assert.Equal(ErrorCodes.TextTooLong, refused.Code);
        Assert.Equal("违法事实摘要最多 10000 个字符，现有 10001 个。", refused.Message);
    }

    [Fact]
    public void RefuseAnEscapeSequenceInAReviewersReasons()
    {
        var command = new RecordReviewOpinionCommand("ab12", "A3", ReviewOutcome.Agreed, "同意\u001b[2J", "gengma-yjj.reviewer", At);

        var refused = Assert.Throws<SanXiangException>(() => CommandText.Of(command));

        Assert.Equal(ErrorCodes.TextInvalid, refused.Code);
        Assert.Contains("U+001B", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAReviewPointsNoteLongerThanItsField()
    {
        var command = new RecordReviewOpinionCommand("ab12", null, ReviewOutcome.Agreed, "同意", "gengma-yjj.reviewer", At)
        {
            Checklist = [new ReviewCheck(ReviewPoint.Documents, ReviewFinding.Satisfied, new string('文', 2001))],
        };

        var refused = Assert.Throws<SanXiangException>(() => CommandText.Of(command));

        Assert.Equal(ErrorCodes.TextTooLong, refused.Code);
        Assert.Contains("审核要点说明", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseTwoDocumentFieldsThatDifferOnlyInSpacing()
    {
        var command = new IssueDocumentCommand("filing", "filing-approval", new Dictionary<string, string> { ["案由"] = "甲", [" 案由"] = "乙" }, "xintian-scjg.officer", At);

        var refused = Assert.Throws<SanXiangException>(() => CommandText.Of(command));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Equal("文书字段“案由”填写了两次。", refused.Message);
    }

    [Fact]
    public void RefuseMoreOfficersOnAStepThanAnyListHolds()
    {
        var command = new CompleteStepCommand("investigation", [.. Enumerable.Range(0, TextFields.MaxListItems + 1).Select(i => $"A{i}")], null, "xintian-scjg.officer", At);

        var refused = Assert.Throws<SanXiangException>(() => CommandText.Of(command));

        Assert.Equal(ErrorCodes.TextTooLong, refused.Code);
        Assert.Equal("执法人员最多 200 项，现有 201 项。", refused.Message);
    }
}
