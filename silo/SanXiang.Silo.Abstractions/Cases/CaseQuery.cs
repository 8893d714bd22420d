using SanXiang.Domain.Cases;
using SanXiang.Plugins;

namespace SanXiang.Silo.Cases;

/// <summary>
/// What a case list asks the read model for; null means any. <paramref name="Overdue"/>: true for open cases with a
/// deadline already past on <paramref name="Today"/>, false for the others; <paramref name="DueWithinDays"/>: open cases with a
/// deadline due from <paramref name="Today"/> to that many days later; <paramref name="Text"/>: the title or the
/// party contains it (Chinese substrings, see <c>SearchGrams</c>). <paramref name="IncludeSubordinates"/>: the cases of
/// every agency the list's agency supervises, at any depth, as well as its own (one query over the directory's
/// ancestor closure). <paramref name="OpenedFrom"/> and <paramref name="OpenedTo"/>: filed on or after, on or before
/// that day in China time. <paramref name="Order"/>: newest filing first, or for one officer's home the most urgent first
/// (<see cref="CaseOrder.Urgent"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CaseQuery(
    [property: Id(0)] DateOnly Today,
    [property: Id(1)] CaseStatus? Status = null,
    [property: Id(2)] EnforcementCategory? Category = null,
    [property: Id(3)] string? OfficerId = null,
    [property: Id(4)] bool? Overdue = null,
    [property: Id(5)] int? DueWithinDays = null,
    [property: Id(6)] string? Text = null,
    [property: Id(7)] bool IncludeSubordinates = false,
    [property: Id(8)] DateOnly? OpenedFrom = null,
    [property: Id(9)] DateOnly? OpenedTo = null,
    [property: Id(10)] CaseOrder Order = CaseOrder.Newest);
