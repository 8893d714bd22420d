using GraphQL;
using IdAttribute = GraphQL.IdAttribute;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

/// <summary>An agency directly below a department, with the agencies below it: one row of the rollup's drill-down.</summary>
[Name("RollupBranch")]
public sealed class RollupBranchNode(RollupBranch branch)
{
    [Id]
    public string AgencyId => branch.AgencyId;

    public string AgencyName => branch.Rollup.DepartmentName;

    /// <summary>The agency and every agency below it, counted together.</summary>
    public RollupNode Rollup => new(branch.Rollup);
}
