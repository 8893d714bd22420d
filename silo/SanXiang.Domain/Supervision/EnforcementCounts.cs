namespace SanXiang.Domain.Supervision;

/// <summary>
/// The counts behind the enforcement indicators (<see cref="EnforcementIndicators"/>) on one day, for one agency or summed
/// over the agencies below a department: decisions due for publication and those published on time, officers on duty and
/// those holding a valid certificate, reviewers among them, case files evaluated and passed.
/// </summary>
public sealed record EnforcementCounts(
    int DisclosuresDue,
    int DisclosuresOnTime,
    int Officers,
    int OfficersCertified,
    int ReviewersCertified,
    int FilesEvaluated,
    int FilesPassed)
{
    public static readonly EnforcementCounts None = new(0, 0, 0, 0, 0, 0, 0);
}
