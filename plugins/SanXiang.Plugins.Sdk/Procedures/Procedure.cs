namespace SanXiang.Plugins;

/// <summary>
/// The steps of one enforcement category, in order. <see cref="Simplified"/> is the on-the-spot
/// procedure (简易程序) where the law allows one.
/// </summary>
public sealed record Procedure(
    EnforcementCategory Category,
    string Name,
    IReadOnlyList<ProcedureStep> Steps,
    SimplifiedProcedure? Simplified);
