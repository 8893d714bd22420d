namespace SanXiang.Silo.Supervision;

/// <summary>
/// 已转整改: the rectification task a supervising department turned a finding into — its inspection and task — with who and
/// when; kept, so that the finding is not listed as open again. <see cref="TaskId"/> is null only while the task is being
/// assigned (or when that was interrupted; the inspection then shows whether it was).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FindingConversion(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] string InspectionId,
    [property: Id(2)] string? TaskId,
    [property: Id(3)] string ConvertedBy,
    [property: Id(4)] DateTimeOffset ConvertedAt);
