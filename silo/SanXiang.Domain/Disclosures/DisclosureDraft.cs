using System.Text.Json.Serialization;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Plugins;

namespace SanXiang.Domain.Disclosures;

/// <summary>
/// What a decision's disclosure starts from, as the decision made it (国办发〔2018〕118号: 执法机关、执法对象、执法类别、执法结论):
/// the party, the category, the conclusion (the penalty's content), the basis, the facts, the decision document's number
/// and the decision day, and for a penalty its kinds and fine (the display period depends on them); its
/// <paramref name="Due"/> day (<see cref="DisclosureRules.PublishRule"/>) or the calendar's <paramref name="DueError"/>;
/// and <paramref name="Bar"/> when the case itself forbids publishing. The agency is the case's tenant; its name enters
/// the record when it is published. Unmasked: masked text exists only as published.
/// </summary>
public sealed record DisclosureDraft(
    EnforcementCategory Category,
    CaseParty Party,
    string Conclusion,
    string Basis,
    string Facts,
    string DocumentNumber,
    DateOnly DecidedOn,
    IReadOnlyList<PenaltyKind> Kinds,
    decimal Fine,
    DateOnly? Due,
    bool Provisional,
    string? DueError,
    DisclosureBar? Bar)
{
    // 市场监管总局令第45号 第十三条: 限制开展生产经营活动、限制从业 — the kinds whose length can exceed the 3 years.
    private static readonly PenaltyKind[] Restrictions = [PenaltyKind.SuspendLicence, PenaltyKind.RestrictProduction, PenaltyKind.SuspendBusiness, PenaltyKind.Closure, PenaltyKind.BarFromPractice];

    /// <summary>Whether the decision restricts business or practice, so that its end may set the display period.</summary>
    [JsonIgnore]
    public bool RestrictionImposed => Kinds.Any(Restrictions.Contains);
}
