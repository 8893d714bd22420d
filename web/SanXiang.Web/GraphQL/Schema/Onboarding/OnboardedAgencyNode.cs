using GraphQL;
using SanXiang.Web.Onboarding;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Onboarding;

[Name("OnboardedAgency")]
public sealed class OnboardedAgencyNode(OnboardedAgency agency)
{
    [Id]
    public string Id => agency.Id;

    public string Name => agency.Name;

    public int Officers => agency.Officers;

    public string? PlanTitle => agency.PlanTitle;
}
