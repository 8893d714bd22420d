using SanXiang.Domain.Files;

namespace SanXiang.Silo.Grains.Documents;

/// <summary>
/// Issues a case document (执法文书): renders the sector plugin's template with the fields, gives it
/// its official number (GB/T 9704) from the gap-free sequence <c>{tenant}/{kind}/{year}</c>, and keeps
/// the .docx by content hash. A template that does not render takes no number.
/// </summary>
public interface IDocumentIssuer
{
    Task<IssuedDocument> IssueAsync(DocumentIssueRequest request, CancellationToken cancellationToken = default);
}
