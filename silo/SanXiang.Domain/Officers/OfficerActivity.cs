using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Officers;

/// <summary>
/// A deactivated officer (停用) stays on record as the cases they acted on name them, and nothing about them changes
/// any more: an edit, a renewal or a second deactivation is refused with OFFICER_INACTIVE, as a new case step is
/// (<see cref="OfficerCertification"/>).
/// </summary>
public static class OfficerActivity
{
    /// <param name="action">What was asked, as the refusal says it: 修改, 换证, 停用.</param>
    public static void RequireActive(OfficerFacts officer, string action)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (officer.Standing == OfficerStanding.Inactive)
        {
            throw new SanXiangException(ErrorCodes.OfficerInactive, $"执法人员“{officer.Name}”已停用，不能{action}；其办理过的案件记录保持不变。");
        }
    }
}
