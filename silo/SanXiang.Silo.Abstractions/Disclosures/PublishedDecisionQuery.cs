using SanXiang.Plugins;

namespace SanXiang.Silo.Disclosures;

/// <summary>
/// The public's search of published decisions: one agency's or, with <paramref name="TenantId"/> null, every agency's;
/// <paramref name="Text"/> in the published party's name or the document number (Chinese substrings); decided from
/// <paramref name="From"/> to <paramref name="To"/>; only rows in their display period on <paramref name="Today"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PublishedDecisionQuery(
    [property: Id(0)] DateOnly Today,
    [property: Id(1)] string? TenantId = null,
    [property: Id(2)] string? Text = null,
    [property: Id(3)] EnforcementCategory? Category = null,
    [property: Id(4)] DateOnly? From = null,
    [property: Id(5)] DateOnly? To = null);
