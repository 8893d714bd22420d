using SanXiang.Plugins;
using SanXiang.Domain.Cases;

namespace SanXiang.Silo.Cases;

/// <summary>What a case list asks for; null means any. <paramref name="OverdueOn"/> keeps cases with a deadline overdue on that day.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseFilter(
    [property: Id(0)] CaseStatus? Status = null,
    [property: Id(1)] EnforcementCategory? Category = null,
    [property: Id(2)] string? OfficerId = null,
    [property: Id(3)] DateOnly? OverdueOn = null)
{
    public static CaseFilter All { get; } = new();
}
