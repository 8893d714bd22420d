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
            DeadlineSchedule.Views(engine, state, today),
            engine.Completeness(state),
            lastSequence,
            state.Proposal,
            state.ProposalHash,
            state.CurrentReview,
            state.Submission,
            Discussions: [.. state.Discussions]);

    /// <summary>The case's row of the read model: what its events make of it, whatever the day (<see cref="CaseSummary"/>).</summary>
    public static CaseSummary Summary(string tenantId, string caseId, CaseState state, CaseProcedure engine, long lastSequence)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(engine);
        var current = state.Closed ? null : engine.CurrentStepId(state);
        return new CaseSummary(
            tenantId,
            caseId,
            state.Title,
            state.Category,
            state.Closed ? CaseStatus.Closed : CaseStatus.Open,
            current,
            current is null ? null : engine.Step(current).Name,
            state.Party,
            [.. state.Officers],
            state.OpenedAt,
            state.ClosedAt,
            state.UpdatedAt,
            state.Closed ? [] : DeadlineSchedule.Running(engine, state),
            lastSequence);
    }
}
