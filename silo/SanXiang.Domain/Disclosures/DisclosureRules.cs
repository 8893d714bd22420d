using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Deadlines;
using SanXiang.Plugins;

namespace SanXiang.Domain.Disclosures;

/// <summary>
/// When and whether a decision is published, and how long withdrawals and corrections may take (DOMAIN.md §1 "After
/// enforcement", §6, §9). Every limit is counted in working days on the official calendar (<see cref="WorkingDaysAfterRule"/>);
/// a year the calendar lacks is stated as the error, never guessed.
/// </summary>
public static class DisclosureRules
{
    /// <summary>国办发〔2018〕118号 (许昌台账第12项): licensing and penalty decisions within 7 working days, the others within 20.</summary>
    public static IDeadlineRule PublishRule(EnforcementCategory category) =>
        category is EnforcementCategory.Licensing or EnforcementCategory.Penalty
            ? StatutoryDeadlines.PublishLicensingOrPenaltyDecision
            : StatutoryDeadlines.PublishDecision;

    /// <summary>
    /// 行政处罚法 第四十八条 with 第八十五条: a published penalty is withdrawn within 3 working days of being changed, revoked,
    /// found illegal or void; other decisions within 20 (许昌台账第13项).
    /// </summary>
    public static IDeadlineRule WithdrawRule(EnforcementCategory category) =>
        category == EnforcementCategory.Penalty
            ? StatutoryDeadlines.WithdrawPublishedPenalty
            : StatutoryDeadlines.WithdrawDisclosedDecision;

    /// <summary>许昌台账第13项: inaccurate published information is corrected within 20 working days.</summary>
    public static IDeadlineRule CorrectRule => StatutoryDeadlines.CorrectDisclosedInformation;

    /// <summary>
    /// The bar the case itself puts on publishing: a minor party; a warning alone where the sector does not publish
    /// warnings (市场监管总局令第45号: <see cref="ISectorPlugin.PublishesWarningOnlyPenalties"/>).
    /// </summary>
    public static DisclosureBar? BarOf(EnforcementCategory category, CaseParty party, IReadOnlyList<PenaltyKind> kinds, DateOnly decidedOn, bool publishesWarningOnly)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (MinorParty.IsMinor(party, decidedOn))
        {
            return DisclosureBar.Minor;
        }

        return category == EnforcementCategory.Penalty && kinds.Count > 0 && kinds.All(k => k == PenaltyKind.Warning) && !publishesWarningOnly
            ? DisclosureBar.WarningOnly
            : null;
    }

    /// <summary>
    /// The draft a decision makes when its step (<see cref="CaseStepKind.Decision"/>) is completed at <paramref name="at"/>:
    /// the conclusion, basis and facts of the decision proposed (a penalty's), or for a decision without a proposal the
    /// step's name; the number of the document issued at that step.
    /// </summary>
    public static DisclosureDraft Draft(CaseState state, ProcedureStep decision, DateTimeOffset at, WorkingDayCalendar calendar, bool publishesWarningOnly)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(calendar);
        var decidedOn = CaseDates.ChinaDate(at);
        var proposal = state.Category == EnforcementCategory.Penalty ? state.Proposal : null;
        var kinds = proposal?.Kinds.Distinct().Order().ToList() ?? [];
        var number = state.Documents.LastOrDefault(d => d.StepId == decision.Id && !string.IsNullOrEmpty(d.Number))?.Number ?? "";
        var (due, provisional, error) = Due(PublishRule(state.Category), calendar, decidedOn);
        return new DisclosureDraft(
            state.Category,
            state.Party,
            proposal is null ? decision.Name : ReviewQueueEntry.Summarise(proposal),
            proposal?.LegalBasis ?? "",
            proposal?.FactsSummary ?? "",
            number,
            decidedOn,
            kinds,
            proposal?.Fine ?? 0m,
            due,
            provisional,
            error,
            BarOf(state.Category, state.Party, kinds, decidedOn, publishesWarningOnly));
    }

    /// <summary>The day a rule gives from <paramref name="anchor"/>, or the calendar's reason it cannot say.</summary>
    public static (DateOnly? Due, bool Provisional, string? Error) Due(IDeadlineRule rule, WorkingDayCalendar calendar, DateOnly anchor)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(calendar);
        try
        {
            var deadline = rule.Compute(calendar, anchor);
            return (deadline.Due, deadline.Provisional, null);
        }
        catch (CalendarYearMissingException missing)
        {
            return (null, false, missing.Message);
        }
    }
}
