using SanXiang.Domain.Disclosures;

namespace SanXiang.Silo.Disclosures;

/// <summary>
/// What an agency's disclosure list is asked for. <paramref name="Status"/> null: every row, latest change first;
/// drafts list by due day, the overdue first. <paramref name="Overdue"/>: true for drafts past their due day on
/// <paramref name="Today"/>, false for the others.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DisclosureQuery(
    [property: Id(0)] DateOnly Today,
    [property: Id(1)] DisclosureStatus? Status = null,
    [property: Id(2)] bool? Overdue = null);
