using GraphQL;
using IdAttribute = GraphQL.IdAttribute;
using SanXiang.Domain.Supervision;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>案卷评查 of one sampled case file; passed is false with any veto item failed, whatever the points.</summary>
[Name("CaseFileEvaluation")]
public sealed class CaseFileEvaluationNode(CaseFileEvaluation evaluation, InspectionStanding standing)
{
    public string Id => evaluation.Id;

    [Id]
    public string CaseTenantId => evaluation.CaseTenantId;

    public string Agency => standing.AgencyName(evaluation.CaseTenantId);

    [Id]
    public string CaseId => evaluation.CaseId;

    public string CaseTitle => evaluation.CaseTitle;

    public string Standard => evaluation.StandardName;

    public IEnumerable<EvaluationVetoItemNode> FailedVetoes => evaluation.FailedVetoes.Select(v => new EvaluationVetoItemNode(v));

    public IEnumerable<ScoredItemNode> Scores => evaluation.Scores.Select(s => new ScoredItemNode(s));

    public int FormScore => evaluation.FormScore;

    public int ContentScore => evaluation.ContentScore;

    public int Total => evaluation.Total;

    public int PassingMark => evaluation.PassingMark;

    public bool Passed => evaluation.Passed;

    public string? Note => evaluation.Note;

    public string At => IsoTime.Format(evaluation.At);

    public string By => standing.PersonName(evaluation.By);
}
