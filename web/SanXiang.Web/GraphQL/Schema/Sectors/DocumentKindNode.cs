using GraphQL;
using SanXiang.Plugins;

namespace SanXiang.Web.GraphQL.Schema.Sectors;

/// <summary>A document format (执法文书) of a sector.</summary>
[Name("DocumentKind")]
public sealed class DocumentKindNode(DocumentTemplate template)
{
    /// <summary>Stable id, e.g. penalty-decision.</summary>
    public string Kind => template.Kind;

    public string Name => template.Name;

    /// <summary>Official numbering pattern, e.g. {机关代字}罚〔{年}〕{序号}号; null when the document is not numbered.</summary>
    public string? NumberingPattern => template.NumberingPattern;
}
