using GraphQL;
using SanXiang.Web.Sectors;

namespace SanXiang.Web.GraphQL.Schema.Sectors;

/// <summary>A sample rendering of a document format; the URL serves it to signed-in users.</summary>
[Name("SampleDocument")]
public sealed class SampleDocumentNode(SampleDocument document)
{
    public string FileName => document.FileName;

    public string DownloadUrl => document.DownloadUrl;
}
