namespace SanXiang.Plugins;

/// <summary>
/// One step: its id (unique within the procedure), kind, Chinese name, whether it may be skipped
/// (and on what condition, in words), the document kinds it must produce, the least number of
/// officers who must act (行政处罚法 第四十二条: two for investigation), and its deadlines.
/// Which steps need audio-visual records comes from the agency's AV item list, not from here.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProcedureStep(
    [property: Id(0)] string Id,
    [property: Id(1)] CaseStepKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] bool Optional,
    [property: Id(4)] string? OptionalWhen,
    [property: Id(5)] IReadOnlyList<string> RequiredDocuments,
    [property: Id(6)] int MinimumOfficers,
    [property: Id(7)] IReadOnlyList<StepDeadline> Deadlines);
