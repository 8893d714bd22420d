namespace SanXiang.Silo.Supervision;

/// <summary>
/// 转为整改任务: the finding as the department sees it on <see cref="Day"/>, the inspection it goes into (null: a 专项监督检查 of
/// the finding's agency is opened for it), the responsible agency, the deadline and the problem (null: the model's name and
/// the facts found).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ConvertFinding(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] string FindingId,
    [property: Id(2)] DateOnly Day,
    [property: Id(3)] string? InspectionId,
    [property: Id(4)] string ResponsibleAgencyId,
    [property: Id(5)] DateOnly Deadline,
    [property: Id(6)] string? Problem,
    [property: Id(7)] string By,
    [property: Id(8)] DateTimeOffset At);
