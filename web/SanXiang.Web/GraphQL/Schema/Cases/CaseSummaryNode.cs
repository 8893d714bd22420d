using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Plugins;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A case as lists show it (the read model's row), with what is overdue today (China time).</summary>
[Name("CaseSummary")]
public sealed class CaseSummaryNode(CaseSummary summary, string agencyName, DateOnly today)
{
    [Id]
    public string Id => summary.Id;

    [Id]
    public string TenantId => summary.TenantId;

    /// <summary>The name of the agency whose case it is (the directory's).</summary>
    public string AgencyName => agencyName;

    public string Title => summary.Title;

    public EnforcementCategory Category => summary.Category;

    public CaseStatus Status => summary.Status;

    /// <summary>The first step neither completed nor skipped; null once closed.</summary>
    public string? CurrentStepId => summary.CurrentStepId;

    public string? CurrentStepName => summary.CurrentStepName;

    public string PartyName => summary.Party.Name;

    public IEnumerable<CaseOfficerNode> Officers => summary.Officers.Select(o => new CaseOfficerNode(o));

    public string OpenedAt => IsoTime.Format(summary.OpenedAt);

    public string UpdatedAt => IsoTime.Format(summary.UpdatedAt);

    /// <summary>The earliest running dated deadline.</summary>
    public CaseSummaryDeadlineNode? NextDeadline => summary.NextDeadline is { } next ? new CaseSummaryDeadlineNode(next) : null;

    /// <summary>Whether a running deadline is already past today.</summary>
    public bool Overdue => summary.IsOverdueOn(today);

    /// <summary>Running deadlines already past today.</summary>
    public int OverdueCount => summary.OverdueCountOn(today);

    public IEnumerable<CaseSummaryDeadlineNode> OpenDeadlines => summary.OpenDeadlines.Select(d => new CaseSummaryDeadlineNode(d));
}
