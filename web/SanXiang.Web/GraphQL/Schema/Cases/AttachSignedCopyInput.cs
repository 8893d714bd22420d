using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>Attaches the signed or scanned copy of an issued document from a finished tus upload (kind 文书扫描件).</summary>
[Name("AttachSignedCopyInput")]
public sealed class AttachSignedCopyInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    [Id]
    public string DocumentId { get; set; } = "";

    [Id]
    public string UploadId { get; set; } = "";
}
