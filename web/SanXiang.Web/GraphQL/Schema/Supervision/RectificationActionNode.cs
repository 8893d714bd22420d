using GraphQL;
using SanXiang.Domain.Supervision;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.GraphQL.Schema.Plans;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>One step of a rectification task: who, for which agency, when.</summary>
[Name("RectificationAction")]
public sealed class RectificationActionNode(RectificationAction action, InspectionStanding standing)
{
    public RectificationActionKind Kind => action.Kind;

    public string At => IsoTime.Format(action.At);

    public string By => standing.PersonName(action.By);

    public string Agency => standing.AgencyName(action.AgencyId);

    public string? Note => action.Note;

    public IEnumerable<PlanEvidenceNode> Evidence => action.Evidence.Select(e => new PlanEvidenceNode(e));

    /// <summary>问责对象, for an accountability step.</summary>
    public string? Person => action.Accountability?.Person;

    /// <summary>问责方式, for an accountability step.</summary>
    public string? Measure => action.Accountability?.Measure;
}
