using GraphQL;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>One step (环节) of the case's procedure: what it needs and what it got.</summary>
[Name("CaseStep")]
public sealed class CaseStepNode(CaseStepView step)
{
    [Id]
    public string Id => step.Id;

    public CaseStepKind Kind => step.Kind;

    public string Name => step.Name;

    public bool Optional => step.Optional;

    /// <summary>When an optional step applies, citing its article.</summary>
    public string? OptionalWhen => step.OptionalWhen;

    public StepState State => step.State;

    public string? CompletedAt => IsoTime.Format(step.CompletedAt);

    public string? CompletedBy => step.CompletedBy;

    public string? SkipReason => step.SkipReason;

    public int MinimumOfficers => step.MinimumOfficers;

    public IEnumerable<CaseOfficerNode> Officers => step.Officers.Select(o => new CaseOfficerNode(o));

    public IEnumerable<RequiredDocumentNode> RequiredDocuments => step.RequiredDocuments.Select(d => new RequiredDocumentNode(d));

    public AvRequirementNode Av => new(step.Av);
}
