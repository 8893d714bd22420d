using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A time limit of the procedure with the article it comes from; <c>due</c> is yyyy-MM-dd, or null with <c>error</c> saying why.</summary>
[Name("CaseDeadline")]
public sealed class CaseDeadlineNode(CaseDeadlineView deadline)
{
    public string Description => deadline.Description;

    public string Article => deadline.Article;

    [Id]
    public string StepId => deadline.StepId;

    public string? Due => IsoDate.Format(deadline.Due);

    public CaseDeadlineStatus Status => deadline.Status;

    /// <summary>The date rests on a calendar year the State Council has not yet published (provisional).</summary>
    public bool Provisional => deadline.Provisional;

    public string? MetOn => IsoDate.Format(deadline.MetOn);

    public string? Error => deadline.Error;
}
