using SanXiang.Domain.Errors;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Officers;

public class CertificateRenewalRuleShould
{
    private static OfficerFacts Officer(OfficerStanding standing = OfficerStanding.Active) =>
        new("张三", "A1", [EnforcementCategory.Penalty], null, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), standing);

    [Fact]
    public void RefuseARenewalThatDoesNotEndAfterTheCurrentTerm()
    {
        var refused = Assert.Throws<SanXiangException>(() => CertificateRenewalRule.Check(Officer(), new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31)));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Contains("2028-12-31", Assert.Single(refused.Problems, p => p.Field == "validTo").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NameBothMissingDatesAtOnce()
    {
        var refused = Assert.Throws<SanXiangException>(() => CertificateRenewalRule.Check(Officer(), null, null));

        Assert.Equal(["validFrom", "validTo"], refused.Problems.Select(p => p.Field));
    }

    [Fact]
    public void RefuseToRenewARevokedCertificate() =>
        Assert.Equal(ErrorCodes.OfficerNotCertified, Assert.Throws<SanXiangException>(() => CertificateRenewalRule.Check(Officer(OfficerStanding.Revoked), new DateOnly(2029, 1, 1), new DateOnly(2033, 12, 31))).Code);

    [Fact]
    public void RefuseToRenewForADeactivatedOfficer() =>
        Assert.Equal(ErrorCodes.OfficerInactive, Assert.Throws<SanXiangException>(() => CertificateRenewalRule.Check(Officer(OfficerStanding.Inactive), new DateOnly(2029, 1, 1), new DateOnly(2033, 12, 31))).Code);

    [Fact]
    public void AcceptANewTermEndingLater() =>
        CertificateRenewalRule.Check(Officer(), new DateOnly(2029, 1, 1), new DateOnly(2033, 12, 31));
}
