using SanXiang.Domain.Officers;

namespace SanXiang.Domain.Tests.Officers;

public class OfficerCertificationShould
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static OfficerFacts Officer(
        OfficerStanding standing = OfficerStanding.Active,
        string? certificate = "41100020260001",
        string? area = "许昌市",
        DateOnly? from = null,
        DateOnly? to = null) =>
        new("张三", certificate, [EnforcementCategories.Penalty, EnforcementCategories.Inspection], area, from ?? new DateOnly(2024, 1, 1), to ?? new DateOnly(2028, 12, 31), standing);

    [Fact]
    public void CertifyAnActiveOfficerWithinValidityAndCategory() =>
        Assert.True(OfficerCertification.Check(Officer(), EnforcementCategories.Penalty, Today).IsCertified);

    [Fact]
    public void RefuseAnExpiredCertificateAndSayWhen()
    {
        var check = OfficerCertification.Check(Officer(to: new DateOnly(2026, 11, 22)), EnforcementCategories.Penalty, Today);

        Assert.Equal(CertificationFailure.Expired, check.Failure);
        Assert.Contains("2026-11-22", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CertifyOnTheLastDayOfValidity() =>
        Assert.True(OfficerCertification.Check(Officer(to: Today), EnforcementCategories.Penalty, Today).IsCertified);

    [Fact]
    public void RefuseACertificateNotYetValid() =>
        Assert.Equal(CertificationFailure.NotYetValid, OfficerCertification.Check(Officer(from: Today.AddDays(1)), EnforcementCategories.Penalty, Today).Failure);

    [Fact]
    public void RefuseACategoryTheCertificateDoesNotCover()
    {
        var check = OfficerCertification.Check(Officer(), EnforcementCategories.Licensing, Today);

        Assert.Equal(CertificationFailure.CategoryNotCovered, check.Failure);
        Assert.Contains("行政许可", check.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OfficerStanding.Suspended, CertificationFailure.Suspended)]
    [InlineData(OfficerStanding.Revoked, CertificationFailure.Revoked)]
    public void RefuseASuspendedOrRevokedCertificate(OfficerStanding standing, CertificationFailure failure) =>
        Assert.Equal(failure, OfficerCertification.Check(Officer(standing), EnforcementCategories.Penalty, Today).Failure);

    [Fact]
    public void RefuseAnOfficerWithoutCertificate() =>
        Assert.Equal(CertificationFailure.NoCertificate, OfficerCertification.Check(Officer(certificate: " "), EnforcementCategories.Penalty, Today).Failure);

    [Fact]
    public void CheckTheAreaOnlyWhenOneIsGiven()
    {
        Assert.True(OfficerCertification.Check(Officer(), EnforcementCategories.Penalty, Today, "许昌市魏都区").IsCertified);
        Assert.True(OfficerCertification.Check(Officer(), EnforcementCategories.Penalty, Today).IsCertified);
        Assert.Equal(CertificationFailure.AreaNotCovered, OfficerCertification.Check(Officer(), EnforcementCategories.Penalty, Today, "平顶山市").Failure);
    }
}
