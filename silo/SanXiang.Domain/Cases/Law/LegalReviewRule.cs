using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Law;

/// <summary>
/// 行政处罚法 第五十八条: before deciding, legal review (法制审核) is required where the decision touches major public
/// interest, directly concerns major rights of the party or a third party after a hearing (经过听证程序), is
/// complex or spans several legal relations, or where a law requires it; "未经法制审核或者审核未通过的，不得作出决定".
/// Whether a case needs it is decided here from the case's facts, so that its 法制审核 step cannot be skipped then.
/// </summary>
public static class LegalReviewRule
{
    public static string Article => $"{PenaltyLaw.Title}第五十八条";

    /// <summary>Why the case's decision needs legal review, or null when nothing in the record requires it.</summary>
    public static string? Requirement(CaseState state, IReadOnlyList<ProcedureStep> steps)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(steps);
        if (state.Category != EnforcementCategory.Penalty)
        {
            return null;
        }

        var hearing = steps.FirstOrDefault(s => s.Kind == CaseStepKind.Hearing);
        return hearing is not null && state.Steps.GetValueOrDefault(hearing.Id)?.State == StepState.Completed
            ? "本案经过听证程序，拟作出的决定须经法制审核"
            : null;
    }
}
