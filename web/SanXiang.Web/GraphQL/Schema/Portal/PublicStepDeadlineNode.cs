using GraphQL;
using SanXiang.Plugins;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Portal;

/// <summary>
/// A time limit on the step <c>stepId</c>, counted from <c>fromStep</c> (or the filing), citing its article. Listed per
/// procedure rather than per step, so a whole flowchart fits one query's complexity.
/// </summary>
[Name("PublicStepDeadline")]
public sealed class PublicStepDeadlineNode(ProcedureStep step, StepDeadline deadline)
{
    [Id]
    public string StepId => step.Id;

    public string Description => deadline.Description;

    public int Days => deadline.Days;

    public DayCount Count => deadline.Count;

    public string? FromStep => deadline.FromStep;

    public string Article => deadline.Article;
}
