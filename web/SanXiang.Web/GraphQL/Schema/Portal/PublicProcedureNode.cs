using GraphQL;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;

namespace SanXiang.Web.GraphQL.Schema.Portal;

/// <summary>执法流程图: one enforcement category's procedure from the agency's sector plugin, its steps in order.</summary>
[Name("PublicProcedure")]
public sealed class PublicProcedureNode(Procedure procedure)
{
    public EnforcementCategory Category => procedure.Category;

    public string CategoryName => EnforcementCategoryNames.Chinese(procedure.Category);

    public string Name => procedure.Name;

    public IEnumerable<PublicProcedureStepNode> Steps => procedure.Steps.Select(s => new PublicProcedureStepNode(s));

    /// <summary>Every step's time limits, in step order.</summary>
    public IEnumerable<PublicStepDeadlineNode> Deadlines => procedure.Steps.SelectMany(s => s.Deadlines.Select(d => new PublicStepDeadlineNode(s, d)));
}
