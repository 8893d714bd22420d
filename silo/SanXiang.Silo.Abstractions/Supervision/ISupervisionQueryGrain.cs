using Orleans.Concurrency;

namespace SanXiang.Silo.Supervision;

/// <summary>Lists of inspections and rectification tasks from the read model; holds nothing. Key: <see cref="GrainKeys.Platform"/>.</summary>
public interface ISupervisionQueryGrain : IGrainWithStringKey
{
    /// <summary>The inspections a department opened and those of an agency inspected, newest first (at most 200).</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<InspectionSummary>> InspectionsAsync(string tenantId);

    /// <summary>
    /// The rectification tasks a department assigned and those an agency is responsible for, deadline first (at most 500);
    /// with <paramref name="overdueOn"/>, only those overdue on that day.
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<RectificationSummary>> RectificationsAsync(string tenantId, DateOnly? overdueOn);
}
