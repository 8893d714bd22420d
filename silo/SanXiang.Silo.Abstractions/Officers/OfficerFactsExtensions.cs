using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Officers;

namespace SanXiang.Silo.Officers;

/// <summary>A roster officer as the Domain's officer rules see them (certification, reviewer staffing, legal review).</summary>
public static class OfficerFactsExtensions
{
    public static OfficerFacts ToFacts(this Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return new(
            officer.Name,
            officer.CertificateNumber,
            officer.Categories,
            officer.Area,
            officer.ValidFrom,
            officer.ValidTo,
            Standing(officer.Status));
    }

    /// <summary>A published officer (the public list's row) as the certification rule sees them: the same facts, so the portal shows the engine's answer.</summary>
    public static OfficerFacts ToFacts(this PublishedOfficer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return new(officer.Name, officer.CertificateNumber, officer.Categories, officer.Area, officer.ValidFrom, officer.ValidTo, Standing(officer.Status));
    }

    /// <summary>A roster officer as the review rule sees a reviewer (<see cref="ReviewerRule"/>): the case engine and the console's opinion form ask the same.</summary>
    public static NamedReviewer ToNamedReviewer(this Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return new(new CaseOfficer(officer.Id, officer.Name, officer.CertificateNumber), officer.IsReviewer, officer.HasLegalQualification, officer.Status != OfficerStatus.Inactive);
    }

    /// <summary>The agency's reviewer staffing on <paramref name="today"/> (<see cref="ReviewerStaffing.Check(IEnumerable{StaffedOfficer}, DateOnly)"/>).</summary>
    public static StaffingCheck ReviewerStaffing(this IEnumerable<Officer> officers, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(officers);
        return Domain.Officers.ReviewerStaffing.Check(officers.Select(o => new StaffedOfficer(o.ToFacts(), o.IsReviewer)), today);
    }

    private static OfficerStanding Standing(OfficerStatus status) => status switch
    {
        OfficerStatus.Suspended => OfficerStanding.Suspended,
        OfficerStatus.Revoked => OfficerStanding.Revoked,
        OfficerStatus.Inactive => OfficerStanding.Inactive,
        _ => OfficerStanding.Active,
    };
}
