using SanXiang.Domain.Officers;

namespace SanXiang.Domain.Tests.Officers;

public class EnforcementTeamShould
{
    [Fact]
    public void RequireTwoOfficersForAPenaltyInvestigation()
    {
        var check = EnforcementTeam.Check(["a"], EnforcementCategories.Penalty, investigation: true);

        Assert.False(check.Enough);
        Assert.Equal(2, check.Required);
        Assert.Contains("第四十二条", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptTwoDistinctOfficersForAPenaltyInvestigation() =>
        Assert.True(EnforcementTeam.Check(["a", "b"], EnforcementCategories.Penalty, investigation: true).Enough);

    [Fact]
    public void CountTheSameOfficerNamedTwiceOnce() =>
        Assert.False(EnforcementTeam.Check(["a", "a"], EnforcementCategories.Penalty, investigation: true).Enough);

    [Fact]
    public void AcceptOneOfficerForOtherSteps()
    {
        Assert.True(EnforcementTeam.Check(["a"], EnforcementCategories.Penalty, investigation: false).Enough);
        Assert.True(EnforcementTeam.Check(["a"], EnforcementCategories.Licensing, investigation: true).Enough);
        Assert.False(EnforcementTeam.Check([], EnforcementCategories.Licensing, investigation: false).Enough);
    }
}
