using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.GraphQL.Schema.Cases;

[Name("RequiredDocument")]
public sealed class RequiredDocumentNode(RequiredDocumentView document)
{
    public string Kind => document.Kind;

    public string Name => document.Name;

    public bool Present => document.Present;
}
