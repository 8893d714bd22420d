using SanXiang.Domain.Cases;

namespace SanXiang.Silo.Cases;

/// <summary>
/// A tenant's cases for lists and deadline reminders, kept current by the case grains. Allocates case ids
/// (<c>{year}-{n:0000}</c>, counted per year of filing, never reused, even when an opening is refused).
/// Key: the tenant id.
/// </summary>
public interface ICaseIndexGrain : IGrainWithStringKey
{
    /// <summary>Allocates the next case id and files the case under it.</summary>
    Task<CaseView> OpenCaseAsync(OpenCaseCommand command);

    Task<IReadOnlyList<CaseSummary>> ListAsync(CaseFilter filter);

    /// <summary>Open cases with a deadline open and due from <paramref name="today"/> to <paramref name="withinDays"/> days later.</summary>
    Task<IReadOnlyList<CaseSummary>> DueAsync(DateOnly today, int withinDays);

    /// <summary>Open cases with a deadline open and due before <paramref name="today"/>.</summary>
    Task<IReadOnlyList<CaseSummary>> OverdueAsync(DateOnly today);

    Task<IReadOnlyList<CaseSummary>> ListOpenAsync();

    /// <summary>Called by a case grain after each of its events.</summary>
    Task RecordAsync(CaseSummary summary);
}
