using SanXiang.Domain.Officers;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Officers;

internal static class OfficerFactsMapping
{
    public static OfficerFacts ToFacts(this Officer officer) => new(
        officer.Name,
        officer.CertificateNumber,
        officer.Categories,
        officer.Area,
        officer.ValidFrom,
        officer.ValidTo,
        officer.Status switch
        {
            OfficerStatus.Suspended => OfficerStanding.Suspended,
            OfficerStatus.Revoked => OfficerStanding.Revoked,
            _ => OfficerStanding.Active,
        });

    public static IReadOnlyList<string> Problems(this Officer officer) =>
        OfficerValidation.Problems(officer.Name, officer.Unit, officer.CertificateNumber, officer.Categories, officer.ValidFrom, officer.ValidTo);

    /// <summary>Trims the text fields and keys the officer by the normalised certificate number.</summary>
    public static Officer Normalised(this Officer officer) => officer with
    {
        Id = OfficerId.FromCertificate(officer.CertificateNumber ?? string.Empty),
        Name = officer.Name?.Trim() ?? string.Empty,
        Unit = officer.Unit?.Trim() ?? string.Empty,
        Position = string.IsNullOrWhiteSpace(officer.Position) ? null : officer.Position.Trim(),
        CertificateNumber = officer.CertificateNumber?.Trim() ?? string.Empty,
        Categories = [.. (officer.Categories ?? []).Distinct()],
        Area = string.IsNullOrWhiteSpace(officer.Area) ? null : officer.Area.Trim(),
    };
}
