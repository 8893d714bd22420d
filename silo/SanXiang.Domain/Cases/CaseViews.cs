using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Domain.Cases;

/// <summary>What callers see of a case's state: the full view and the index's summary.</summary>
public static class CaseViews
{
    public static CaseView View(string caseId, string tenantId, CaseState state, CaseProcedure engine, long lastSequence, DateOnly today) =>
        new(
            caseId,
            tenantId,
            state.Title,
            state.Category,
            state.Party,
            state.Simplified,
            state.ProposedFine,
            state.Closed ? CaseStatus.Closed : CaseStatus.Open,
            state.OpenedAt,
            state.ClosedAt,
            [.. state.Officers],
            engine.StepViews(state),
            state.Closed ? null : engine.CurrentStepId(state),
            [.. state.Documents],
            [.. state.Recordings],
            [.. state.Evidence],
            DeadlineSchedule.Views(engine.Steps, state, today),
            engine.Completeness(state),
            lastSequence);

    /// <param name="asOf">The day the overdue count is taken on: the day of the case's latest event.</param>
    public static CaseSummary Summary(string caseId, CaseState state, CaseProcedure engine, DateOnly asOf)
    {
        var open = DeadlineSchedule.Views(engine.Steps, state, asOf)
            .Where(d => d.Status != CaseDeadlineStatus.Met && d.Due is not null)
            .Select(d => new CaseSummaryDeadline(d.Due!.Value, d.Description))
            .OrderBy(d => d.Due)
            .ToList();
        return new CaseSummary(
            caseId,
            state.Title,
            state.Category,
            state.Closed ? CaseStatus.Closed : CaseStatus.Open,
            state.Party.Name,
            [.. state.Officers],
            state.OpenedAt,
            state.Closed ? null : open.FirstOrDefault(),
            state.Closed ? 0 : open.Count(d => d.Due < asOf),
            state.UpdatedAt,
            state.Closed ? [] : open);
    }
}
