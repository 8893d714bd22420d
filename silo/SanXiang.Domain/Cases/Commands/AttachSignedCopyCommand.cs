using SanXiang.Domain.Files;

namespace SanXiang.Domain.Cases;

public sealed record AttachSignedCopyCommand(
    string DocumentId,
    StoredFile File,
    string Actor,
    DateTimeOffset At);
