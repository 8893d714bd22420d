using SanXiang.Domain.Cases;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Cases.Engine;

public sealed class PinnedProcedureShould
{
    [Fact]
    public void ComeBackFromItsStoredTextAsTheSameProcedureWithTheSameHash()
    {
        var pinned = CaseHistory.PenaltyProcedure;

        var stored = PinnedProcedure.FromJson(pinned.ToJson());

        Assert.Equal(pinned.Hash, stored.Hash);
        Assert.Equal(pinned.Procedure.Steps.Select(s => s.Id), stored.Procedure.Steps.Select(s => s.Id));
        Assert.Equal("行政处罚决定书", stored.DocumentNames["penalty-decision"]);
        Assert.StartsWith("sm3:", pinned.Hash, StringComparison.Ordinal);
    }

    [Fact]
    public void NameAChangedProcedureDifferently()
    {
        var pinned = CaseHistory.PenaltyProcedure;
        var renamed = pinned with { Procedure = pinned.Procedure with { Steps = [.. pinned.Procedure.Steps.Select(s => s.Id == "hearing" ? s with { Name = "听证会" } : s)] } };

        Assert.NotEqual(pinned.Hash, renamed.Hash);
        Assert.Equal(pinned.Hash, PinnedProcedure.From(CaseHistory.Plugin, EnforcementCategory.Penalty)!.Hash);
    }
}
