using SanXiang.Domain.Files;

namespace SanXiang.Domain.Cases;

public sealed record CaseEvidenceView(
    StoredFile File,
    string StepId,
    string Description,
    string AddedBy,
    DateTimeOffset AddedAt);
