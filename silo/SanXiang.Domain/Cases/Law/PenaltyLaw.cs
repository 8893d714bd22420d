using SanXiang.Domain.Deadlines;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Law;

/// <summary>
/// 《中华人民共和国行政处罚法》 (revised 2021, in force 2021-07-15) as the floor under every sector's penalty
/// procedure: the rules below hold for every case whatever a plugin declares, and a plugin whose procedure
/// falls below one of them is not loaded (<see cref="LawFloor"/>).
/// </summary>
public static class PenaltyLaw
{
    public const string Title = "《中华人民共和国行政处罚法》";

    /// <summary>第六十条: the decision within 90 (natural) days of filing.</summary>
    public static PeriodFloor DecisionWithinNinetyDays { get; } =
        new(StatutoryDeadlines.Decision, CaseStepKind.Decision, CaseStepKind.Filing, Binds.Agency, 90, DayCount.CalendarDays);

    /// <summary>第六十一条: an absent party served within 7 working days of the decision.</summary>
    public static PeriodFloor ServiceWithinSevenDays { get; } =
        new(StatutoryDeadlines.ServiceToAbsentParty, CaseStepKind.Service, CaseStepKind.Decision, Binds.Agency, 7, DayCount.WorkingDays);

    /// <summary>第六十四条第一项: the party may ask for a hearing within 5 working days of being told.</summary>
    public static PeriodFloor HearingRequestWithinFiveDays { get; } =
        new(StatutoryDeadlines.HearingRequest, CaseStepKind.Hearing, CaseStepKind.Notification, Binds.Party, 5, DayCount.WorkingDays);

    /// <summary>第六十四条第二项: the hearing is notified at least 7 working days before it (counted back from the hearing).</summary>
    public static PeriodFloor HearingNoticeSevenDaysBefore { get; } =
        new(StatutoryDeadlines.HearingNotice, CaseStepKind.Hearing, CaseStepKind.Hearing, Binds.Party, 7, DayCount.WorkingDays);

    /// <summary>第五十六条: evidence registered and preserved in advance is dealt with within 7 working days.</summary>
    public static PeriodFloor PreservedEvidenceWithinSevenDays { get; } =
        new(StatutoryDeadlines.PreservedEvidence, CaseStepKind.Evidence, CaseStepKind.Evidence, Binds.Agency, 7, DayCount.WorkingDays);

    /// <summary>The periods of the ordinary procedure, each bound to the step kinds it runs between.</summary>
    public static IReadOnlyList<PeriodFloor> Periods { get; } =
        [DecisionWithinNinetyDays, ServiceWithinSevenDays, HearingRequestWithinFiveDays, HearingNoticeSevenDaysBefore, PreservedEvidenceWithinSevenDays];

    /// <summary>Every floor a penalty procedure is checked against.</summary>
    public static IReadOnlyList<IProcedureFloor> Floors { get; } =
        [RequiredStepsRule.Instance, TwoOfficersRule.Instance, SimplifiedProcedureRule.Instance, .. Periods];
}
