using GraphQL;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

[Name("PhaseCount")]
public sealed class PhaseCountNode(PhaseCount phase)
{
    public string Name => phase.Name;

    public int Agencies => phase.Agencies;
}
