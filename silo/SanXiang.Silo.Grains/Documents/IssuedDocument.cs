using SanXiang.Domain.Files;

namespace SanXiang.Silo.Grains.Documents;

/// <param name="Number">The official number (e.g. 新市监罚〔2026〕12号), or null for a document kind that is not numbered.</param>
public sealed record IssuedDocument(string Kind, string Name, string? Number, StoredFile File);
