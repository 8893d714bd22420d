namespace SanXiang.Silo.Grains.EventLog;

/// <summary>One caller's append waiting in the group-commit queue; completed after its batch committed.</summary>
internal sealed class AppendRequest(string tenantId, string caseId, long expectedSequence, IReadOnlyList<NewCaseEvent> events, IReadOnlyList<object> derived)
{
    public string TenantId { get; } = tenantId;

    public string CaseId { get; } = caseId;

    public long ExpectedSequence { get; } = expectedSequence;

    public IReadOnlyList<NewCaseEvent> Events { get; } = events;

    /// <summary>Rows derived from the case once these events are applied, for the participants to write (<see cref="AppendedEvents.Derived"/>).</summary>
    public IReadOnlyList<object> Derived { get; } = derived;

    // RunContinuationsAsynchronously: the writer loop must not run callers' continuations inline.
    public TaskCompletionSource<AppendResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
