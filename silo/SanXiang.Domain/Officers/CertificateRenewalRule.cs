using System.Globalization;
using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Officers;

/// <summary>
/// 换证: a certificate renewed by the province (DOMAIN.md §4) gets a new validity that ends after the old one; the old
/// term is kept, as the cases acted on under it cite it. A revoked certificate is not renewed (a new one is applied
/// for), and a deactivated officer's certificate is not renewed at all.
/// </summary>
public static class CertificateRenewalRule
{
    /// <summary>Every problem at once (VALIDATION_FAILED, by field <c>validFrom</c> / <c>validTo</c>), OFFICER_INACTIVE or OFFICER_NOT_CERTIFIED.</summary>
    public static void Check(OfficerFacts officer, DateOnly? validFrom, DateOnly? validTo)
    {
        OfficerActivity.RequireActive(officer, "换证");
        if (officer.Standing == OfficerStanding.Revoked)
        {
            throw new SanXiangException(ErrorCodes.OfficerNotCertified, $"执法人员“{officer.Name}”的执法证件已吊销或注销，不能换证，应重新申领执法证件。");
        }

        var problems = new List<FieldProblem>();
        if (validFrom is null)
        {
            problems.Add(new FieldProblem("validFrom", "请填写新证件的有效期起。"));
        }

        if (validTo is not { } to)
        {
            problems.Add(new FieldProblem("validTo", "请填写新证件的有效期止。"));
        }
        else if (to <= officer.ValidTo)
        {
            problems.Add(new FieldProblem("validTo", $"新有效期止应晚于现证件的有效期止（{Format(officer.ValidTo)}）。"));
        }
        else if (validFrom is { } from && to < from)
        {
            problems.Add(new FieldProblem("validTo", "有效期止早于有效期起。"));
        }

        SanXiangException.ThrowIfAny(problems);
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
