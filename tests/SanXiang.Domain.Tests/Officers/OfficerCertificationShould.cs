using SanXiang.Domain.Officers;
using SanXiang.Plugins;

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
        new("张三", certificate, [EnforcementCategory.Penalty, EnforcementCategory.Inspection], area, from ?? new DateOnly(2024, 1, 1), to ?? new DateOnly(2028, 12, 31), standing);

    [Fact]
    public void CertifyAnActiveOfficerWithinValidityAndCategory() =>
        Assert.True(OfficerCertification.Check(Officer(), EnforcementCategory.Penalty, Today).IsCertified);

    [Fact]
    public void RefuseAnExpiredCertificateAndSayWhen()
    {
        var check = OfficerCertification.Check(Officer(to: new DateOnly(2026, 11, 22)), EnforcementCategory.Penalty, Today);

        Assert.Equal(CertificationFailure.Expired, check.Failure);
        Assert.Contains("2026-11-22", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CertifyOnTheLastDayOfValidity() =>
        Assert.True(OfficerCertification.Check(Officer(to: Today), EnforcementCategory.Penalty, Today).IsCertified);

    [Fact]
    public void RefuseACertificateNotYetValid() =>
        Assert.Equal(CertificationFailure.NotYetValid, OfficerCertification.Check(Officer(from: Today.AddDays(1)), EnforcementCategory.Penalty, Today).Failure);

    [Fact]
    public void RefuseACategoryTheCertificateDoesNotCover()
    {
        var check = OfficerCertification.Check(Officer(), EnforcementCategory.Licensing, Today);

        Assert.Equal(CertificationFailure.CategoryNotCovered, check.Failure);
        Assert.Contains("行政许可", check.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OfficerStanding.Suspended, CertificationFailure.Suspended)]
    [InlineData(OfficerStanding.Revoked, CertificationFailure.Revoked)]
    public void RefuseASuspendedOrRevokedCertificate(OfficerStanding standing, CertificationFailure failure) =>
        Assert.Equal(failure, OfficerCertification.Check(Officer(standing), EnforcementCategory.Penalty, Today).Failure);

    [Fact]
    public void RefuseAnOfficerWithoutCertificate() =>
        Assert.Equal(CertificationFailure.NoCertificate, OfficerCertification.Check(Officer(certificate: " "), EnforcementCategory.Penalty, Today).Failure);

    [Fact]
    public void CheckTheAreaOnlyWhenOneIsGiven()
    {
        Assert.True(OfficerCertification.Check(Officer(), EnforcementCategory.Penalty, Today, "许昌市魏都区").IsCertified);
        Assert.True(OfficerCertification.Check(Officer(), EnforcementCategory.Penalty, Today).IsCertified);
        Assert.Equal(CertificationFailure.AreaNotCovered, OfficerCertification.Check(Officer(), EnforcementCategory.Penalty, Today, "平顶山市").Failure);
    }

    [Theory]
    [InlineData(OfficerStanding.Active, 2028, CertificateStatus.Valid)]
    [InlineData(OfficerStanding.Active, 2025, CertificateStatus.Expired)]
    [InlineData(OfficerStanding.Suspended, 2028, CertificateStatus.Suspended)]
    [InlineData(OfficerStanding.Revoked, 2028, CertificateStatus.Revoked)]
    [InlineData(OfficerStanding.Revoked, 2025, CertificateStatus.Revoked)]
    public void GiveThePublicTheCertificatesStatusWhateverTheMatter(OfficerStanding standing, int validToYear, CertificateStatus expected) =>
        Assert.Equal(expected, OfficerCertification.StatusOn(Officer(standing, to: new DateOnly(validToYear, 12, 31)), Today));

    [Fact]
    public void CallACertificateValidThatCoversNoCategoryTheCaseNeeds()
    {
        var officer = Officer() with { Categories = [EnforcementCategory.Licensing] };

        Assert.Equal(CertificationFailure.CategoryNotCovered, OfficerCertification.Check(officer, EnforcementCategory.Penalty, Today).Failure);
        Assert.Equal(CertificateStatus.Valid, OfficerCertification.StatusOn(officer, Today));
    }

    [Fact]
    public void CallACertificateNotYetValidBeforeItsFirstDay() =>
        Assert.Equal(CertificateStatus.NotYetValid, OfficerCertification.StatusOn(Officer(from: Today.AddDays(1)), Today));

    [Theory]
    [InlineData(OfficerStanding.Active, "41100020260001")]
    [InlineData(OfficerStanding.Suspended, "41100020260001")]
    [InlineData(OfficerStanding.Revoked, "41100020260001")]
    [InlineData(OfficerStanding.Inactive, "41100020260001")]
    [InlineData(OfficerStanding.Active, null)]
    public void GiveTheDaysACertificateIsValidExactlyAsItsStatusSays(OfficerStanding standing, string? certificate)
    {
        var officer = Officer(standing, certificate, from: new DateOnly(2026, 1, 1), to: new DateOnly(2026, 12, 31));
        var days = OfficerCertification.ValidDays(officer);

        foreach (var day in new DateOnly[] { new(2025, 12, 31), new(2026, 1, 1), new(2026, 7, 1), new(2026, 12, 31), new(2027, 1, 1) })
        {
            var inside = days is { } span && span.From <= day && day <= span.To;
            Assert.Equal(OfficerCertification.StatusOn(officer, day) == CertificateStatus.Valid, inside);
        }
    }
}
