namespace SanXiang.Domain.Officers;

/// <summary>
/// How many legal reviewers (法制审核人员) an agency needs. 玉溪 plan (三、(三)): "法制审核人员不少于
/// 本单位执法人员总数的5%，不足1人的至少按1人配置"; 许昌 ledger row 21: "原则上各级行政执法机关的法制
/// 审核人员不少于本单位执法人员总数的 5%". A share of a person rounds up: 21 officers need 2.
/// </summary>
public static class ReviewerStaffing
{
    public static int Required(int officers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(officers);

        // Integer arithmetic: ceil(officers × 5 / 100) without floating-point surprises.
        return Math.Max(1, ((officers * 5) + 99) / 100);
    }

    public static StaffingCheck Check(int officers, int reviewers) => new(officers, reviewers, Required(officers));

    /// <summary>
    /// The agency's staffing on <paramref name="today"/>: only officers who may enforce count (持证上岗, DOMAIN.md §4) —
    /// an officer not deactivated, a certificate neither suspended nor revoked and valid that day (the certification
    /// rule's own answer, <see cref="OfficerCertification.StatusOn"/>) — and reviewers among them. The officers page
    /// and the API's <c>reviewerStaffing</c> both ask this.
    /// </summary>
    public static StaffingCheck Check(IEnumerable<StaffedOfficer> officers, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(officers);
        var counted = officers.Where(o => Counts(o.Facts, today)).ToList();
        return Check(counted.Count, counted.Count(o => o.IsReviewer));
    }

    private static bool Counts(OfficerFacts officer, DateOnly today) =>
        OfficerCertification.StatusOn(officer, today) == CertificateStatus.Valid;
}
