using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Web.Cases;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>An issued document (执法文书): its official number, its .docx by SM3, and the signed copy once attached.</summary>
[Name("CaseDocument")]
public sealed class CaseDocumentNode(string tenantId, string caseId, CaseDocumentView document)
{
    [Id]
    public string Id => document.Id;

    public string Kind => document.Kind;

    public string Name => document.Name;

    /// <summary>e.g. 新市监罚〔2026〕1号; null for a kind that is not numbered.</summary>
    public string? Number => document.Number;

    [Id]
    public string StepId => document.StepId;

    public string FileName => document.File.FileName;

    public string MediaType => document.File.MediaType;

    public string Hash => document.File.Hash;

    public long Size => document.File.Size;

    public string IssuedAt => IsoTime.Format(document.IssuedAt);

    public string IssuedBy => document.IssuedBy;

    public string DownloadUrl => CaseFileEndpoint.UrlFor(tenantId, caseId, document.File.Hash);

    public CaseFileNode? SignedCopy => document.SignedCopy is { } copy ? new CaseFileNode(tenantId, caseId, copy) : null;
}
