using Orleans.Concurrency;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Plugins;

namespace SanXiang.Silo.Supervision;

/// <summary>
/// One special inspection (专项监督检查) of a supervising department, with its evaluated case files, findings and
/// rectification tasks. Key: <c>{department}/{inspection id}</c>. The caller has checked who may act and that the agencies
/// named lie below the department; the rules of each act are the Domain's (<see cref="Inspection"/>, <see cref="Rectification"/>).
/// </summary>
public interface IInspectionGrain : IGrainWithStringKey
{
    /// <summary>Null until opened.</summary>
    [AlwaysInterleave]
    Task<Inspection?> GetAsync();

    /// <summary>Opens the inspection of <paramref name="agencyId"/>; CONFLICT when this key is already open.</summary>
    Task<Inspection> OpenAsync(string agencyId, string title, int passingMark, string actor);

    /// <summary>案卷评查 of one sampled case file under <paramref name="standard"/> (its sector's); a failing file becomes a finding.</summary>
    Task<Inspection> ScoreCaseFileAsync(
        EvaluationStandard standard,
        string caseTenantId,
        string caseId,
        string caseTitle,
        bool caseClosed,
        IReadOnlyList<string> failedVetoIds,
        IReadOnlyList<ItemScore> scores,
        string? note,
        string actor);

    Task<Inspection> RecordFindingAsync(string text, string actor);

    /// <summary>下达整改任务, its deadline checked on the platform's working-day calendar from today (Beijing date).</summary>
    Task<Inspection> AssignRectificationAsync(string? findingId, string? problem, string responsibleAgencyId, DateOnly deadline, string actor);

    /// <summary>提交整改材料 in the name of <paramref name="agencyId"/>; RECTIFICATION_NOT_RESPONSIBLE for another agency's task.</summary>
    Task<Inspection> SubmitEvidenceAsync(string taskId, string agencyId, string? note, IReadOnlyList<PlanEvidence> evidence, string actor);

    /// <summary>验收 or 退回 in the name of <paramref name="reviewerAgencyId"/>; RECTIFICATION_SELF_REVIEW for the responsible agency.</summary>
    Task<Inspection> ReviewRectificationAsync(string taskId, string reviewerAgencyId, bool accept, string? remark, string actor);

    /// <summary>问责 against a task overdue today; RECTIFICATION_NOT_OVERDUE otherwise.</summary>
    Task<Inspection> HoldAccountableAsync(string taskId, string person, string measure, string? reason, string actor);

    /// <summary>Records the 通报 the department issued about an overdue task (RECTIFICATION_NOT_OVERDUE otherwise).</summary>
    Task<Inspection> IssueNoticeAsync(string taskId, string documentNumber, string? note, string actor);
}
