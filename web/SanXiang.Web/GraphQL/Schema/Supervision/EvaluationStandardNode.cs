using GraphQL;
using SanXiang.Plugins;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>案卷评查标准: veto items, then scoring items of form (20 points) and content (80 points).</summary>
[Name("EvaluationStandard")]
public sealed class EvaluationStandardNode(EvaluationStandard standard)
{
    public string Name => standard.Name;

    public string Source => standard.Source;

    public IEnumerable<EvaluationVetoItemNode> VetoItems => standard.VetoItems.Select(v => new EvaluationVetoItemNode(v));

    public IEnumerable<EvaluationItemNode> Items => standard.Items.Select(i => new EvaluationItemNode(i));
}
