namespace SanXiang.Plugins;

/// <summary>
/// The steps of one enforcement category, in order. <see cref="Simplified"/> is the on-the-spot
/// procedure (简易程序) where the law allows one.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Procedure(
    [property: Id(0)] EnforcementCategory Category,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<ProcedureStep> Steps,
    [property: Id(3)] SimplifiedProcedure? Simplified);
