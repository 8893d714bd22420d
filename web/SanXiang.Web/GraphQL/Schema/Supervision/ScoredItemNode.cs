using GraphQL;
using SanXiang.Domain.Supervision;
using SanXiang.Plugins;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

[Name("ScoredItem")]
public sealed class ScoredItemNode(ScoredItem item)
{
    public string ItemId => item.ItemId;

    public EvaluationPart Part => item.Part;

    public string Text => item.Text;

    public int Points => item.Points;

    public int Max => item.Max;
}
