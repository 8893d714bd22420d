namespace SanXiang.Plugins;

/// <summary>
/// One step: its id (unique within the procedure), kind, Chinese name, whether it may be skipped
/// (and on what condition, in words), the document kinds it must produce, the least number of
/// officers who must act (行政处罚法 第四十二条: two for investigation), and its deadlines.
/// Which steps need audio-visual records comes from the agency's AV item list, not from here.
/// </summary>
public sealed record ProcedureStep(
    string Id,
    CaseStepKind Kind,
    string Name,
    bool Optional,
    string? OptionalWhen,
    IReadOnlyList<string> RequiredDocuments,
    int MinimumOfficers,
    IReadOnlyList<StepDeadline> Deadlines);
