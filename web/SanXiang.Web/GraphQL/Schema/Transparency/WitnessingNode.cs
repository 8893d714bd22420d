using GraphQL;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Transparency;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Transparency;

/// <summary>A supervising department that witnessed the checkpoint (its cosignature verified), and when.</summary>
[Name("Witnessing")]
public sealed class WitnessingNode(WitnessedBy witness)
{
    [Id]
    public string DepartmentId => witness.DepartmentId;

    public string DepartmentName => witness.DepartmentName;

    public string WitnessedAt => IsoTime.Format(witness.WitnessedAt);
}
