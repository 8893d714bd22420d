using GraphQL;
using SanXiang.Domain.Disclosures;
using SanXiang.Plugins;
using SanXiang.Web.GraphQL.Schema.Cases;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Disclosures;

/// <summary>
/// A decision's disclosure in the agency's list (公示管理): the draft's <c>due</c> day (yyyy-MM-dd; <c>dueError</c> when the
/// calendar lacks the year) and whether it is <c>overdue</c> today, the bar when it is not to be published, and once
/// published the masked record, its display period and the chain event (<c>recordSequence</c>) the verify link proves.
/// </summary>
[Name("Disclosure")]
public sealed class DisclosureNode(DisclosureEntry entry, DateOnly today)
{
    [Id]
    public string TenantId => entry.TenantId;

    [Id]
    public string CaseId => entry.CaseId;

    /// <summary>案由.</summary>
    public string CaseTitle => entry.CaseTitle;

    /// <summary>The party as filed (unmasked: for the agency's staff).</summary>
    public string PartyName => entry.PartyName;

    public EnforcementCategory Category => entry.Category;

    public string DecidedOn => IsoDate.Format(entry.DecidedOn);

    public string DocumentNumber => entry.DocumentNumber;

    public DisclosureStatus Status => entry.Status;

    public string? Due => IsoDate.Format(entry.Due);

    public string? DueError => entry.DueError;

    public bool Overdue => entry.IsOverdueOn(today);

    public DisclosureBar? Bar => entry.Bar;

    public string? BarReason => entry.BarReason;

    public string? PublishedAt => IsoTime.Format(entry.PublishedAt);

    /// <summary>The last day the portal shows it (市场监管总局令第45号 第十三条).</summary>
    public string? DisplayUntil => IsoDate.Format(entry.DisplayUntil);

    public long? RecordSequence => entry.RecordSequence;

    public DisclosureRecordNode? Record => entry.Record is { } record ? new DisclosureRecordNode(record) : null;

    public string? WithdrawnAt => IsoTime.Format(entry.WithdrawnAt);

    public string? WithdrawReason => entry.WithdrawReason;

    /// <summary>The day the withdrawal was due by (3 working days for a penalty, 20 otherwise).</summary>
    public string? WithdrawDue => IsoDate.Format(entry.WithdrawDue);

    public string? CorrectedAt => IsoTime.Format(entry.CorrectedAt);

    public string? CorrectReason => entry.CorrectReason;
}
