using GraphQL;
using SanXiang.Silo.Agencies;

namespace SanXiang.Web.GraphQL.Schema.Tenants;

[Name("OrgUnit")]
public sealed class OrgUnitNode(OrgUnit unit)
{
    public string Name => unit.Name;

    public string? Duties => unit.Duties;
}
