using GraphQL;
using SanXiang.Domain.Files;
using SanXiang.Web.Cases;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A file of a case, kept by its SM3 (<c>sm3:</c> + 64 hex digits, the hash the chain records), and where to download it.</summary>
[Name("CaseFile")]
public sealed class CaseFileNode(string tenantId, string caseId, StoredFile file)
{
    public string Hash => file.Hash;

    public string FileName => file.FileName;

    public string MediaType => file.MediaType;

    public long Size => file.Size;

    /// <summary><c>/t/{tenant}/cases/{id}/files/{sm3}</c>, for a signed-in user who may see the agency.</summary>
    public string DownloadUrl => CaseFileEndpoint.UrlFor(tenantId, caseId, file.Hash);
}
