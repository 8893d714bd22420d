using SanXiang.Domain.Files;

namespace SanXiang.Domain.Cases;

public sealed record AddEvidenceCommand(
    StoredFile File,
    string StepId,
    string Description,
    string Actor,
    DateTimeOffset At);
