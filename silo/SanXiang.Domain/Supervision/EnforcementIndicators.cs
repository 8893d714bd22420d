namespace SanXiang.Domain.Supervision;

/// <summary>
/// The indicators of enforcement itself (DOMAIN.md §10), beside the roll-out's own (<see cref="RolloutIndicators"/>): each
/// with its formula, the same for one agency and for the agencies below a department.
/// </summary>
public static class EnforcementIndicators
{
    public const string DisclosureTimeliness = "disclosure-timeliness";
    public const string Certification = "certification";
    public const string ReviewerShare = "reviewer-share";
    public const string CaseFilePass = "case-file-pass";

    public static IReadOnlyList<Indicator> Of(EnforcementCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return
        [
            new(DisclosureTimeliness, "公示及时率", "在期限内公示的行政执法决定 / 应当公示的行政执法决定（已公示或公示期限已过，不予公开的除外）", counts.DisclosuresOnTime, counts.DisclosuresDue),
            new(Certification, "持证率", "持有效行政执法证件的执法人员 / 在岗执法人员（已停用的除外）", counts.OfficersCertified, counts.Officers),
            new(ReviewerShare, "法制审核人员占比", "持有效证件的法制审核人员 / 持有效证件的执法人员（不低于 5%，不足 1 人的按 1 人配备）", counts.ReviewersCertified, counts.OfficersCertified),
            new(CaseFilePass, "案卷评查合格率", "评查合格的案卷 / 监督检查中评查的案卷", counts.FilesPassed, counts.FilesEvaluated),
        ];
    }
}
