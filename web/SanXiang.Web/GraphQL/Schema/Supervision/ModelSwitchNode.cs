using GraphQL;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Silo.Supervision;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>A problem model switched off by <c>tenantId</c> for its own lists and those below it: who, when, why.</summary>
[Name("ModelSwitch")]
public sealed class ModelSwitchNode(ModelSwitch modelSwitch)
{
    [Id]
    public string TenantId => modelSwitch.TenantId;

    public string Model => modelSwitch.ModelId;

    public string Reason => modelSwitch.Reason;

    public string SwitchedBy => modelSwitch.SwitchedBy;

    public string SwitchedAt => IsoTime.Format(modelSwitch.SwitchedAt);
}
