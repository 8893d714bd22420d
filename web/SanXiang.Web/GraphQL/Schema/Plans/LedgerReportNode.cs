using GraphQL;
using SanXiang.Domain.Plans;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

/// <summary>A ledger task's report of progress.</summary>
[Name("LedgerReport")]
public sealed class LedgerReportNode(LedgerCheckIn report, PlanStanding standing)
{
    public string At => IsoTime.Format(report.At);

    public string By => standing.PersonName(report.By);

    public string Note => report.Note;

    public IEnumerable<PlanEvidenceNode> Evidence => report.Evidence.Select(e => new PlanEvidenceNode(e));

    /// <summary>Whether this report declared the task done.</summary>
    public bool Completes => report.Completes;
}
