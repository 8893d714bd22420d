namespace SanXiang.Silo.Supervision;

/// <summary>An inspection as its list shows it (<c>supervision_inspections</c>).</summary>
[GenerateSerializer, Immutable]
public sealed record InspectionSummary(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] string Id,
    [property: Id(2)] string AgencyId,
    [property: Id(3)] string Title,
    [property: Id(4)] int PassingMark,
    [property: Id(5)] DateTimeOffset OpenedAt,
    [property: Id(6)] int Files,
    [property: Id(7)] int FilesPassed,
    [property: Id(8)] int Findings);
