using SanXiang.Domain.Cases;
using SanXiang.Plugins;

namespace SanXiang.Silo.Cases;

/// <summary>
/// What a case list asks the read model for; null means any. <paramref name="Overdue"/>: true for open cases with a
/// deadline already past on <paramref name="Today"/>, false for the others; <paramref name="DueWithinDays"/>: open cases with a
/// deadline due from <paramref name="Today"/> to that many days later; <paramref name="Text"/>: the title or the
/// party contains it (Chinese substrings, see <c>SearchGrams</c>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CaseQuery(
    [property: Id(0)] DateOnly Today,
    [property: Id(1)] CaseStatus? Status = null,
    [property: Id(2)] EnforcementCategory? Category = null,
    [property: Id(3)] string? OfficerId = null,
    [property: Id(4)] bool? Overdue = null,
    [property: Id(5)] int? DueWithinDays = null,
    [property: Id(6)] string? Text = null);
