using GraphQL;
using SanXiang.Plugins;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

[Name("EvaluationVetoItem")]
public sealed class EvaluationVetoItemNode(EvaluationVetoItem item)
{
    public string Id => item.Id;

    public string Text => item.Text;
}
