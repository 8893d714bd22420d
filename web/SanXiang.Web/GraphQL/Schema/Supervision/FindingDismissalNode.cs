using GraphQL;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Silo.Supervision;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>忽略: why, by whom (the account) and when (ISO 8601, China time) a supervisor set a finding aside.</summary>
[Name("FindingDismissal")]
public sealed class FindingDismissalNode(FindingDismissal dismissal)
{
    public string Reason => dismissal.Reason;

    public string DismissedBy => dismissal.DismissedBy;

    public string DismissedAt => IsoTime.Format(dismissal.DismissedAt);
}
