using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Tests.Cases.Engine;

namespace SanXiang.Domain.Tests.Cases.Review;

public sealed class DecisionProposalShould
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void HashTheSameProposalAlikeWhateverTheOrderOfKindsOrTheScaleOfAmounts()
    {
        var one = new DecisionProposal([PenaltyKind.Fine, PenaltyKind.Warning], 50000m, 0m, "依据", "事实", false);
        var two = new DecisionProposal([PenaltyKind.Warning, PenaltyKind.Fine], 50000.00m, 0.0m, "依据", "事实", false);

        Assert.Equal(one.Hash, two.Hash);
        Assert.NotEqual(one.Hash, (one with { Fine = 50001m }).Hash);
        Assert.Matches("^sm3:[0-9a-f]{64}$", one.Hash);
    }

    [Fact]
    public void RefuseNegativeAndAbsurdAmountsFieldByField()
    {
        var history = CaseHistory.Penalty(Filed);
        var command = history.ProposalOf(-1m) with { Confiscation = 1_000_000_000_000m, LegalBasis = " " };

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.Propose(history.State, command));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Equal(["kinds", "fine", "confiscation", "confiscation", "legalBasis"], refused.Problems.Select(p => p.Field));
    }

    [Fact]
    public void RefuseAFineWithoutTheKindFine()
    {
        var history = CaseHistory.Penalty(Filed);

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.Propose(history.State, history.ProposalOf(0m, PenaltyKind.Warning) with { Fine = 500m }));

        Assert.Equal("fine", Assert.Single(refused.Problems).Field);
    }

    [Fact]
    public void RefuseToChangeTheProposalOnceDecided()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification").Skip("hearing").Propose(3_000m).Skip("legal-review").Skip("collective-discussion").Complete("decision");

        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<SanXiangException>(() => history.Procedure.Propose(history.State, history.ProposalOf(4_000m))).Code);
    }
}
