using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Officers;
using SanXiang.Web.Cases;
using SanXiang.Web.Components.Cases;

namespace SanXiang.Web.Components.Data;

/// <summary>
/// What the case pages read and change, for the signed-in user of the circuit. Every refusal is a
/// <see cref="Domain.Errors.SanXiangException"/> with its code and a Chinese message the page shows as it is.
/// </summary>
public interface ICaseConsoleData
{
    /// <summary>Today in China time, the day lists count overdue and due deadlines on.</summary>
    DateOnly Today { get; }

    /// <summary>Whether the signed-in user may open cases in the agency and act on them (the server's rule).</summary>
    Task<CaseAbilities> AbilitiesAsync(string tenantId);

    /// <summary>The people behind the accounts a case's record names (officer's name and certificate number, else the account's name), by user name.</summary>
    Task<IReadOnlyDictionary<string, string>> PeopleAsync(string tenantId, IEnumerable<string> userNames);

    /// <summary>A page of the agency's cases from the read model, filtered there.</summary>
    Task<CaseListPage> ListCasesAsync(string tenantId, CaseQuery query, int first, string? after);

    /// <summary>How many of the agency's cases the query finds.</summary>
    Task<int> CountCasesAsync(string tenantId, CaseQuery query);

    /// <summary>A page of the agency's legal-review queue; <paramref name="mine"/>: only the reviews the signed-in reviewer took.</summary>
    Task<ReviewQueuePage> ReviewQueueAsync(string tenantId, bool mine, bool? overdue, int first, string? after);

    Task<int> CountReviewQueueAsync(string tenantId, bool mine, bool? overdue);

    /// <summary>Submits or resubmits the case's current proposal for legal review with its materials.</summary>
    Task<CaseView> SubmitForReviewAsync(string tenantId, string caseId, ReviewMaterials materials);

    /// <summary>The signed-in reviewer's opinion with its seven points, in the name of the officer his account is linked to.</summary>
    Task<CaseView> RecordReviewOpinionAsync(string tenantId, string caseId, ReviewOpinionRequest opinion);

    /// <summary>The agency head extends the review's time limit once by <paramref name="days"/> working days.</summary>
    Task<CaseView> ExtendReviewTimeLimitAsync(string tenantId, string caseId, int days, string reason);

    /// <summary>Records the leaders' collective discussion after 存在问题, as the handling unit reports it.</summary>
    Task<CaseView> RecordCollectiveDiscussionAsync(string tenantId, string caseId, CollectiveDiscussionRequest discussion);

    /// <summary>The enforcement categories a sector has a procedure for (empty when its plugin is not loaded).</summary>
    IReadOnlyList<EnforcementCategory> Categories(string sectorId);

    /// <summary>The agency's officers who may act in <paramref name="category"/> today, as the engine decides (行政处罚法 第四十二条、第五十五条).</summary>
    Task<IReadOnlyList<Officer>> EligibleOfficersAsync(string tenantId, EnforcementCategory category);

    /// <summary>The document templates (执法文书) of a sector (empty when its plugin is not loaded).</summary>
    IReadOnlyList<DocumentTemplate> Templates(string sectorId);

    Task<CaseView> OpenCaseAsync(string tenantId, NewCase newCase);

    /// <summary>The case, or null when the agency has no such case.</summary>
    Task<CaseView?> GetCaseAsync(string tenantId, string caseId);

    Task<IReadOnlyList<CaseEventView>> ListEventsAsync(string tenantId, string caseId);

    Task<CaseVerification> VerifyAsync(string tenantId, string caseId);

    Task<CaseView> CompleteStepAsync(string tenantId, string caseId, string stepId, IReadOnlyList<string> officerIds, string? avOverrideReason);

    Task<CaseView> SkipStepAsync(string tenantId, string caseId, string stepId, string reason);

    /// <summary>Issues a document; fields left out are filled from the case's facts.</summary>
    Task<CaseDocumentView> IssueDocumentAsync(string tenantId, string caseId, string stepId, string kind, IReadOnlyDictionary<string, string> fields);

    /// <summary>Files a finished upload on the case: a recording (音像) or a piece of evidence (证据).</summary>
    Task<CaseView> AttachUploadAsync(string tenantId, string caseId, FinishedUpload upload);

    /// <summary>Where the browser downloads a case file (a document, recording or piece of evidence) by its content hash.</summary>
    string FileUrl(string tenantId, string caseId, string hash);
}
