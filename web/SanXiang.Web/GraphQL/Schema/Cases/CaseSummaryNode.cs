using GraphQL;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A case as lists show it.</summary>
[Name("CaseSummary")]
public sealed class CaseSummaryNode(CaseSummary summary)
{
    [Id]
    public string Id => summary.Id;

    public string Title => summary.Title;

    public EnforcementCategory Category => summary.Category;

    public CaseStatus Status => summary.Status;

    public string PartyName => summary.PartyName;

    public IEnumerable<CaseOfficerNode> Officers => summary.Officers.Select(o => new CaseOfficerNode(o));

    public string OpenedAt => IsoTime.Format(summary.OpenedAt);

    public string UpdatedAt => IsoTime.Format(summary.UpdatedAt);

    /// <summary>The earliest open dated deadline.</summary>
    public CaseSummaryDeadlineNode? NextDeadline => summary.NextDeadline is { } next ? new CaseSummaryDeadlineNode(next) : null;

    /// <summary>Deadlines overdue as of the case's last change.</summary>
    public int OverdueCount => summary.OverdueCount;

    public IEnumerable<CaseSummaryDeadlineNode> OpenDeadlines => summary.OpenDeadlines.Select(d => new CaseSummaryDeadlineNode(d));
}
