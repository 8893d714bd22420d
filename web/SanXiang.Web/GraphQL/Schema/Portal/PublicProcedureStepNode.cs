using GraphQL;
using SanXiang.Plugins;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Portal;

/// <summary>A step of a published procedure: a box of the flowchart.</summary>
[Name("PublicProcedureStep")]
public sealed class PublicProcedureStepNode(ProcedureStep step)
{
    [Id]
    public string Id => step.Id;

    public CaseStepKind Kind => step.Kind;

    public string Name => step.Name;

    public bool Optional => step.Optional;

    public string? OptionalWhen => step.OptionalWhen;
}
