using GraphQL;
using SanXiang.Domain.Officers;

namespace SanXiang.Web.GraphQL.Schema.Officers;

/// <summary>
/// Reviewer staffing (法制审核人员 ≥ 5 % of the officers, at least 1): <c>officers</c> and <c>reviewers</c> count only active
/// officers with a certificate valid today; <c>required</c> is the minimum, <c>short</c> how many are missing (0 when met).
/// </summary>
[Name("ReviewerStaffing")]
public sealed class ReviewerStaffingNode(StaffingCheck check)
{
    public int Officers => check.Officers;

    public int Reviewers => check.Reviewers;

    public int Required => check.Required;

    public int Short => check.Short;
}
