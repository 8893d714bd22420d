using SanXiang.Domain.Cases;
using SanXiang.Plugins;

namespace SanXiang.Domain.Disclosures;

/// <summary>
/// A case's row of the <c>disclosures</c> table: the staff's columns (the case, its party as filed, the draft's due day,
/// the bar) and the public's (<see cref="Record"/>, masked, only once published). Derived from the case's events alone
/// (<see cref="Of"/>), live in the append's transaction and again by a rebuild, so both give the same row.
/// </summary>
public sealed record DisclosureEntry(
    string TenantId,
    string CaseId,
    string CaseTitle,
    string PartyName,
    EnforcementCategory Category,
    DateOnly DecidedOn,
    string DocumentNumber,
    DisclosureStatus Status,
    DateOnly? Due,
    string? DueError,
    DisclosureBar? Bar,
    string? BarReason,
    DateTimeOffset StatusAt,
    DateTimeOffset? PublishedAt,
    DateOnly? DisplayUntil,
    long? RecordSequence,
    string? RecordHash,
    PublishedDecision? Record,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawReason,
    DateOnly? WithdrawDue,
    DateTimeOffset? CorrectedAt,
    string? CorrectReason)
{
    public static DisclosureEntry? Of(string tenantId, string caseId, CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Disclosure is not { } d)
        {
            return null;
        }

        return new DisclosureEntry(
            tenantId,
            caseId,
            state.Title,
            d.Draft.Party.Name,
            d.Draft.Category,
            d.Draft.DecidedOn,
            d.Draft.DocumentNumber,
            d.Status,
            d.Draft.Due,
            d.Draft.DueError,
            d.Bar,
            d.BarReason,
            d.StatusAt,
            d.PublishedAt,
            d.DisplayUntil,
            d.RecordSequence,
            d.RecordHash,
            d.Record,
            d.WithdrawnAt,
            d.WithdrawReason,
            d.WithdrawDue,
            d.CorrectedAt,
            d.CorrectReason);
    }

    /// <summary>A draft past its due day on <paramref name="today"/> (China time).</summary>
    public bool IsOverdueOn(DateOnly today) => Status == DisclosureStatus.Draft && Due is { } due && due < today;

    /// <summary>Whether the portal shows the row on <paramref name="today"/>: published or withdrawn, inside its display period.</summary>
    public bool IsPublicOn(DateOnly today) =>
        Status is DisclosureStatus.Published or DisclosureStatus.Withdrawn && DisplayUntil is { } until && DisplayPeriod.IsShownOn(until, today);
}
