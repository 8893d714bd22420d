using GraphQL;
using SanXiang.Domain.Supervision;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>A problem model: its stable id (the <c>model</c> argument), its Chinese name and the rule it checks.</summary>
[Name("ProblemModel")]
public sealed class ProblemModelNode(ProblemModel model)
{
    public string Id => model.Id;

    public string Name => model.Name;

    public string Basis => model.Basis;

    public FindingSubject Subject => model.Subject;
}
