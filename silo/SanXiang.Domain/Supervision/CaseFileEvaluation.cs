using SanXiang.Plugins;

namespace SanXiang.Domain.Supervision;

/// <summary>
/// 案卷评查 of one sampled case file: the veto items it failed, the points of each item, and whether it passed — a file
/// with any failed veto item fails whatever its points (DOMAIN.md §10), otherwise it passes at the inspection's mark.
/// </summary>
public sealed record CaseFileEvaluation(
    string Id,
    string CaseTenantId,
    string CaseId,
    string CaseTitle,
    string StandardName,
    IReadOnlyList<EvaluationVetoItem> FailedVetoes,
    IReadOnlyList<ScoredItem> Scores,
    int PassingMark,
    string? Note,
    DateTimeOffset At,
    string By)
{
    public int FormScore => Scores.Where(s => s.Part == EvaluationPart.Form).Sum(s => s.Points);

    public int ContentScore => Scores.Where(s => s.Part == EvaluationPart.Content).Sum(s => s.Points);

    public int Total => FormScore + ContentScore;

    public bool Vetoed => FailedVetoes.Count > 0;

    public bool Passed => !Vetoed && Total >= PassingMark;
}
