using Orleans.Concurrency;

namespace SanXiang.Silo.Supervision;

/// <summary>
/// The problem models (监督线索) over the read model; holds nothing. Key: <see cref="GrainKeys.Platform"/>. Each list is
/// one query per model over the department's subtree (the agency closure), never a call per agency.
/// </summary>
public interface IFindingsGrain : IGrainWithStringKey
{
    [AlwaysInterleave]
    Task<FindingPage> ListAsync(FindingQuery query);

    /// <summary>The finding as the department sees it on <paramref name="day"/>, or null when it is not (or no longer) found in its subtree.</summary>
    [AlwaysInterleave]
    Task<Finding?> GetAsync(string departmentId, string findingId, DateOnly day);

    /// <summary>
    /// Sets the finding aside with the reason (FINDING_REASON_REQUIRED without one). The first dismissal stands: dismissing
    /// again returns it unchanged; FINDING_ALREADY_HANDLED once it was turned into a task. FINDING_NOT_FOUND unless the
    /// finding is found in the department's subtree on the day.
    /// </summary>
    Task<Finding> DismissAsync(string departmentId, string findingId, DateOnly day, string? reason, string dismissedBy, DateTimeOffset at);

    /// <summary>
    /// 转为整改任务 (<see cref="SanXiang.Domain.Supervision.FindingConversionRule"/>): assigns the task in the department's
    /// inspection of the finding's agency, or in one opened for it, and records the conversion; returns the finding as
    /// converted. FINDING_ALREADY_HANDLED for a finding dismissed or already turned, FINDING_NOT_FOUND as for a dismissal,
    /// and the inspection's refusals (RECTIFICATION_DEADLINE_INVALID, INSPECTION_NOT_FOUND, …) with nothing recorded. The
    /// caller has checked who may act and that the responsible agency lies below the department.
    /// </summary>
    Task<Finding> ConvertAsync(ConvertFinding request);

    /// <summary>Switches a model off (with a reason) or back on in the lists of the agency and of every agency below it (a department above still sees its findings). PROBLEM_MODEL_NOT_FOUND for an unknown model.</summary>
    Task<IReadOnlyList<ModelSwitch>> SwitchModelAsync(string tenantId, string modelId, bool enabled, string? reason, string by, DateTimeOffset at);

    /// <summary>The models switched off for the agency, by itself or a department above it.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<ModelSwitch>> SwitchesAsync(string tenantId);
}
