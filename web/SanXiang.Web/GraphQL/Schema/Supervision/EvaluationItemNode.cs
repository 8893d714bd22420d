using GraphQL;
using SanXiang.Plugins;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

[Name("EvaluationItem")]
public sealed class EvaluationItemNode(EvaluationItem item)
{
    public string Id => item.Id;

    public EvaluationPart Part => item.Part;

    public string Text => item.Text;

    public int Points => item.Points;
}
