using GraphQL;
using SanXiang.Domain.Plans;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

/// <summary>A filing or a superior's answer.</summary>
[Name("DeliverableAction")]
public sealed class DeliverableActionNode(DeliverableAction action, PlanStanding standing)
{
    public DeliverableActionKind Kind => action.Kind;

    public string At => IsoTime.Format(action.At);

    /// <summary>The person, by name.</summary>
    public string By => standing.PersonName(action.By);

    /// <summary>The agency in whose name it was done: the filing agency, or the superior that answered.</summary>
    public string Agency => standing.AgencyName(action.AgencyId);

    public string? Note => action.Note;

    public IEnumerable<PlanEvidenceNode> Evidence => action.Evidence.Select(e => new PlanEvidenceNode(e));
}
