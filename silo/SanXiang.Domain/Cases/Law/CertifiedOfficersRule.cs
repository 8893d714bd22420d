using SanXiang.Domain.Errors;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Law;

/// <summary>
/// 行政处罚法 第四十二条 "行政处罚应当由具有行政执法资格的执法人员实施" and 第五十五条 (officers show their certificate;
/// a party may refuse one who cannot): every officer named on a step is on the agency's roster and holds a
/// certificate valid on the day for the case's category (<see cref="OfficerCertification"/>), and the step has
/// as many distinct officers as <see cref="TwoOfficersRule"/> asks.
/// </summary>
public static class CertifiedOfficersRule
{
    public static string Article => $"{PenaltyLaw.Title}第四十二条、第五十五条";

    /// <summary>The officers as the case records them; OFFICER_NOT_FOUND, OFFICER_INACTIVE (deactivated), OFFICER_NOT_CERTIFIED or TWO_OFFICERS_REQUIRED otherwise.</summary>
    /// <param name="namedIds">The officers named, by normalised certificate number (duplicates count once).</param>
    /// <param name="roster">The agency's officers among them, by id.</param>
    public static IReadOnlyList<CaseOfficer> Check(
        EnforcementCategory category,
        string stepName,
        int required,
        IReadOnlyList<string> namedIds,
        IReadOnlyDictionary<string, NamedOfficer> roster,
        DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(namedIds);
        ArgumentNullException.ThrowIfNull(roster);
        var ids = namedIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"请写明办理“{stepName}”的执法人员。", [new FieldProblem("officerIds", $"请写明办理“{stepName}”的执法人员。")]);
        }

        var officers = new List<CaseOfficer>();
        foreach (var id in ids)
        {
            if (!roster.TryGetValue(id, out var named))
            {
                throw new SanXiangException(ErrorCodes.OfficerNotFound, $"证件编号为“{id}”的执法人员不在本机关执法人员名单中。", [new FieldProblem("officerIds", $"证件编号为“{id}”的执法人员不在本机关执法人员名单中。")]);
            }

            var check = OfficerCertification.Check(named.Facts, category, date);
            if (!check.IsCertified)
            {
                var code = check.Failure == CertificationFailure.Inactive ? ErrorCodes.OfficerInactive : ErrorCodes.OfficerNotCertified;
                throw new SanXiangException(code, check.Reason!, [new FieldProblem("officerIds", check.Reason!)]);
            }

            officers.Add(named.Officer);
        }

        if (officers.Count < required)
        {
            var message = required >= 2
                ? $"环节“{stepName}”须由不少于{required}名持有执法证件的执法人员办理（{TwoOfficersRule.Instance.Article}），现为{officers.Count}名。"
                : $"环节“{stepName}”须由不少于{required}名持有执法证件的执法人员办理，现为{officers.Count}名。";
            throw new SanXiangException(required >= 2 ? ErrorCodes.TwoOfficersRequired : ErrorCodes.ValidationFailed, message, [new FieldProblem("officerIds", message)]);
        }

        return officers;
    }

    /// <summary>Whether <paramref name="officer"/> may act in <paramref name="category"/> on <paramref name="date"/>: what a form offers.</summary>
    public static bool MayAct(OfficerFacts officer, EnforcementCategory category, DateOnly date) =>
        OfficerCertification.Check(officer, category, date).IsCertified;
}
