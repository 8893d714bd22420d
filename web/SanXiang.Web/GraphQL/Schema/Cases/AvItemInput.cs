using GraphQL;
using SanXiang.Plugins;

namespace SanXiang.Web.GraphQL.Schema.Cases;

[Name("AvItemInput")]
public sealed class AvItemInput
{
    public CaseStepKind Step { get; set; }

    public string Description { get; set; } = "";

    public IReadOnlyList<AvKind> Kinds { get; set; } = [];

    public bool Continuous { get; set; }

    public bool OverrideAllowed { get; set; }
}
