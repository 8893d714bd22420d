using System.Globalization;
using SanXiang.Plugins;

namespace SanXiang.Domain.Officers;

/// <summary>
/// 持证上岗 (DOMAIN.md §4): only an officer with a valid certificate that covers the matter may act.
/// 行政处罚法 第四十二条: penalties are enforced by officers qualified for enforcement (具有行政执法资格);
/// 第五十五条: officers show their certificate, and a party may refuse one who cannot.
/// </summary>
public static class OfficerCertification
{
    /// <summary>
    /// Whether the officer may act in <paramref name="category"/> on <paramref name="date"/>;
    /// <paramref name="area"/> is checked only when given, as not every agency records areas.
    /// </summary>
    public static CertificationCheck Check(OfficerFacts officer, EnforcementCategory category, DateOnly date, string? area = null)
    {
        var certificateCheck = CheckCertificate(officer, date);
        if (!certificateCheck.IsCertified)
        {
            return certificateCheck;
        }

        var certificate = $"执法人员“{officer.Name}”的执法证件（{officer.CertificateNumber}）";
        if (!officer.Categories.Contains(category))
        {
            return Fail(CertificationFailure.CategoryNotCovered, $"{certificate}的执法类别不包括{EnforcementCategoryNames.Chinese(category)}。");
        }

        if (!string.IsNullOrWhiteSpace(area) && !string.IsNullOrWhiteSpace(officer.Area) && !Covers(officer.Area, area))
        {
            return Fail(CertificationFailure.AreaNotCovered, $"{certificate}的执法区域为“{officer.Area}”，不包括“{area}”。");
        }

        return CertificationCheck.Certified;
    }

    /// <summary>
    /// The certificate's live status on <paramref name="date"/>, whatever the matter (司办通〔2020〕78号: the public scans
    /// the certificate's QR code to check it): the part of <see cref="Check"/> that does not depend on the category or area.
    /// </summary>
    public static CertificateStatus StatusOn(OfficerFacts officer, DateOnly date) => CheckCertificate(officer, date).Failure switch
    {
        CertificationFailure.None => CertificateStatus.Valid,
        CertificationFailure.NotYetValid => CertificateStatus.NotYetValid,
        CertificationFailure.Expired => CertificateStatus.Expired,
        CertificationFailure.Suspended => CertificateStatus.Suspended,
        CertificationFailure.Revoked => CertificateStatus.Revoked,
        CertificationFailure.Inactive => CertificateStatus.Inactive,
        _ => CertificateStatus.None,
    };

    /// <summary>
    /// The days on which <see cref="StatusOn"/> says 有效 — the certificate's term, when it is held and neither suspended,
    /// revoked nor its officer deactivated — or null when there are none. The read model counts 持证率 by these days.
    /// </summary>
    public static (DateOnly From, DateOnly To)? ValidDays(OfficerFacts officer) =>
        CheckCertificate(officer, officer.ValidFrom).IsCertified ? (officer.ValidFrom, officer.ValidTo) : null;

    // Whether the certificate itself may be used on the day: held, not suspended or revoked, within its validity.
    private static CertificationCheck CheckCertificate(OfficerFacts officer, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var who = $"执法人员“{officer.Name}”";
        if (officer.Standing == OfficerStanding.Inactive)
        {
            return Fail(CertificationFailure.Inactive, $"{who}已停用，不得再办理执法环节。");
        }

        if (string.IsNullOrWhiteSpace(officer.CertificateNumber))
        {
            return Fail(CertificationFailure.NoCertificate, $"{who}没有执法证件，不得从事执法活动。");
        }

        var certificate = $"{who}的执法证件（{officer.CertificateNumber}）";
        switch (officer.Standing)
        {
            case OfficerStanding.Suspended:
                return Fail(CertificationFailure.Suspended, $"{certificate}已被暂扣，暂停执法资格。");
            case OfficerStanding.Revoked:
                return Fail(CertificationFailure.Revoked, $"{certificate}已被吊销或注销。");
        }

        if (date < officer.ValidFrom)
        {
            return Fail(CertificationFailure.NotYetValid, $"{certificate}自 {Format(officer.ValidFrom)} 起有效，尚未生效。");
        }

        if (date > officer.ValidTo)
        {
            return Fail(CertificationFailure.Expired, $"{certificate}已于 {Format(officer.ValidTo)} 过期。");
        }

        return CertificationCheck.Certified;
    }

    // A certificate for 许昌市 covers 许昌市魏都区: areas are written from the larger to the smaller.
    private static bool Covers(string officerArea, string area) =>
        area.Trim().StartsWith(officerArea.Trim(), StringComparison.Ordinal);

    private static CertificationCheck Fail(CertificationFailure failure, string reason) => new(failure, reason);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
