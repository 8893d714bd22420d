using SanXiang.Web.Components.Plans;
using SanXiang.Web.Tests.Components;

namespace SanXiang.Web.Tests.Plans;

public sealed class LedgerFilterShould
{
    [Fact]
    public void KeepEveryRowWhenEmpty() =>
        Assert.Equal(4, LedgerFilter.None.Apply(Samples.Ledger()).Count);

    [Fact]
    public void CountARowDatedAndLongTermAsBoth()
    {
        var dated = new LedgerFilter(Deadline: DeadlineKind.Dated).Apply(Samples.Ledger());
        var longTerm = new LedgerFilter(Deadline: DeadlineKind.LongTerm).Apply(Samples.Ledger());

        Assert.Equal([1, 2], dated.Select(t => t.Id));
        Assert.Equal([1, 3, 4], longTerm.Select(t => t.Id));
    }

    [Fact]
    public void CombineGroupAndText() =>
        Assert.Equal(2, Assert.Single(new LedgerFilter("强化事前公开", "人员").Apply(Samples.Ledger())).Id);
}
