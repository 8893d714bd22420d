using SanXiang.Domain.Officers;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Officers;

public class ReviewerStaffingShould
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(19, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(40, 2)]
    [InlineData(41, 3)]
    [InlineData(200, 10)]
    public void AskForFivePercentRoundedUpAndAtLeastOne(int officers, int required) =>
        Assert.Equal(required, ReviewerStaffing.Required(officers));

    [Fact]
    public void CallStaffingMetOnlyWhenReviewersReachTheRequirement()
    {
        Assert.False(ReviewerStaffing.Check(21, 1).Met);
        Assert.True(ReviewerStaffing.Check(21, 2).Met);
        Assert.False(ReviewerStaffing.Check(3, 0).Met);
    }

    [Theory]
    [InlineData(19, 1, 1, 0)]
    [InlineData(20, 1, 1, 0)]
    [InlineData(21, 1, 2, 1)]
    [InlineData(21, 2, 2, 0)]
    public void CountOnlyActiveOfficersWithAValidCertificateAtTheFivePercentBoundary(int valid, int reviewers, int required, int missing)
    {
        var today = new DateOnly(2026, 5, 11);
        var officers = Enumerable.Range(0, valid).Select(n => Staffed($"执法人员{n}", n < reviewers))
            .Append(Staffed("证件过期的审核员", true, validTo: new DateOnly(2026, 5, 10)))
            .Append(Staffed("证件被暂扣的审核员", true, standing: OfficerStanding.Suspended))
            .Append(Staffed("证件已吊销的执法人员", false, standing: OfficerStanding.Revoked))
            .Append(Staffed("已停用的审核员", true, standing: OfficerStanding.Inactive))
            .Append(Staffed("证件尚未生效的审核员", true, validFrom: new DateOnly(2026, 5, 12)));

        var check = ReviewerStaffing.Check(officers, today);

        Assert.Equal((valid, reviewers, required, missing), (check.Officers, check.Reviewers, check.Required, check.Short));
        Assert.Equal(missing == 0, check.Met);
    }

    private static StaffedOfficer Staffed(string name, bool reviewer, DateOnly? validTo = null, OfficerStanding standing = OfficerStanding.Active, DateOnly? validFrom = null) =>
        new(new OfficerFacts(name, "C-" + name, [EnforcementCategory.Penalty], null, validFrom ?? new DateOnly(2020, 1, 1), validTo ?? new DateOnly(2030, 12, 31), standing), reviewer);
}
