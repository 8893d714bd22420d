using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.GraphQL.Schema.Cases;

[Name("CaseFileItem")]
public sealed class CaseFileItemNode(CaseFileItemView item)
{
    public string Kind => item.Kind;

    public string Name => item.Name;

    public bool Required => item.Required;

    public bool Present => item.Present;
}
