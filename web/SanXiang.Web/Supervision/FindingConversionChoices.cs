using SanXiang.Silo.Supervision;

namespace SanXiang.Web.Supervision;

/// <summary>
/// What the 转为整改任务 form offers: today (Beijing), the agencies below the department that may be made responsible, by
/// name, and the department's inspections of the finding's agency the task may go into (none: one is opened for it).
/// </summary>
public sealed record FindingConversionChoices(
    DateOnly Today,
    IReadOnlyList<(string Id, string Name)> Agencies,
    IReadOnlyList<InspectionSummary> Inspections);
