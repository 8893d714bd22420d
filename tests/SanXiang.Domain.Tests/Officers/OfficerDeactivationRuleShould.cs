using SanXiang.Domain.Errors;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Officers;

public class OfficerDeactivationRuleShould
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static OfficerFacts Officer(OfficerStanding standing = OfficerStanding.Active) =>
        new("张三", "A1", [EnforcementCategory.Penalty], null, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), standing);

    [Fact]
    public void NameBothAMissingReasonAndAMissingDateAtOnce()
    {
        var refused = Assert.Throws<SanXiangException>(() => OfficerDeactivationRule.Check(Officer(), "  ", null, Today));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Equal(["reason", "on"], refused.Problems.Select(p => p.Field));
    }

    [Fact]
    public void RefuseADeactivationDatedAfterToday()
    {
        var refused = Assert.Throws<SanXiangException>(() => OfficerDeactivationRule.Check(Officer(), "调离本机关", Today.AddDays(1), Today));

        Assert.Contains("不能晚于今天", Assert.Single(refused.Problems, p => p.Field == "on").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseToDeactivateAnOfficerTwice()
    {
        var refused = Assert.Throws<SanXiangException>(() => OfficerDeactivationRule.Check(Officer(OfficerStanding.Inactive), "退休", Today, Today));

        Assert.Equal(ErrorCodes.OfficerInactive, refused.Code);
    }

    [Fact]
    public void KeepTheReasonTrimmed() =>
        Assert.Equal("调离本机关", OfficerDeactivationRule.Check(Officer(), "  调离本机关 ", Today, Today));

    [Fact]
    public void LetADeactivatedOfficerActOnNothingNew()
    {
        var check = OfficerCertification.Check(Officer(OfficerStanding.Inactive), EnforcementCategory.Penalty, Today);

        Assert.Equal(CertificationFailure.Inactive, check.Failure);
        Assert.Equal(CertificateStatus.Inactive, OfficerCertification.StatusOn(Officer(OfficerStanding.Inactive), Today));
    }
}
