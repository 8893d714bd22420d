using SanXiang.Domain.Files;

namespace SanXiang.Silo.Grains.CaseFiles;

/// <summary>A file an event attached, with where it goes in the case file and what the index says of it.</summary>
/// <param name="Document">For documents and signed copies: the issued document it belongs to.</param>
internal sealed record CaseAttachment(long Sequence, string Kind, string Role, StoredFile File, DateTimeOffset At, string Path, IssuedDocumentFacts? Document);
