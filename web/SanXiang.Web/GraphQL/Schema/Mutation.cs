using GraphQL;
using GraphQL.Types;
using SanXiang.Silo.Sectors;
using SanXiang.Web.Auth;
using SanXiang.Web.Calendar;
using SanXiang.Web.Cases;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Scalars;
using SanXiang.Web.GraphQL.Schema.Accounts;
using SanXiang.Web.GraphQL.Schema.Calendar;
using SanXiang.Web.GraphQL.Schema.Disclosures;
using SanXiang.Web.Disclosures;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.GraphQL.Schema.Officers;
using SanXiang.Web.GraphQL.Schema.Onboarding;
using SanXiang.Web.GraphQL.Schema.Plans;
using SanXiang.Web.GraphQL.Schema.Supervision;
using SanXiang.Web.Supervision;
using SanXiang.Web.GraphQL.Schema.Reviews;
using SanXiang.Web.GraphQL.Schema.Sectors;
using SanXiang.Web.GraphQL.Schema.Tenants;
using SanXiang.Web.GraphQL.Subscriptions;
using SanXiang.Web.Officers;
using SanXiang.Web.Onboarding;
using SanXiang.Web.Plans;
using SanXiang.Web.Reviews;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema;

/// <summary>The root mutations; each area keeps its logic in its own folder.</summary>
public sealed class Mutation
{
    /// <summary>
    /// Signs in with user name and password; the only field open to anonymous callers, once per
    /// request. ACCOUNT_LOCKED after five wrong passwords in a row, TOO_MANY_ATTEMPTS when the
    /// client's address has failed too often.
    /// </summary>
    public static Task<LoginPayload> LoginAsync(string username, string password, [FromUserContext] GraphQLUserContext caller, [FromServices] AccountSignIn signIn) =>
        LoginMutation.LoginAsync(signIn, caller, username, password);

    /// <summary>Ends the session of the bearer token (or cookie) the request came with.</summary>
    public static Task<bool> LogoutAsync([FromUserContext] GraphQLUserContext caller, [FromServices] AccountSignIn signIn) =>
        SessionMutations.LogoutAsync(signIn, caller);

    /// <summary>Ends every other session of the signed-in user (other browsers, other tokens); returns how many ended.</summary>
    public static Task<int> EndOtherSessionsAsync([FromUserContext] GraphQLUserContext caller, [FromServices] AccountSignIn signIn) =>
        SessionMutations.EndOtherSessionsAsync(signIn, caller);

    /// <summary>Deactivates an account (its sessions end at once, sign-in is refused) or reactivates it; platform administrator only.</summary>
    public static Task<bool> SetAccountActiveAsync(string username, bool active, [FromUserContext] GraphQLUserContext caller, [FromServices] IGrainFactory grains) =>
        SessionMutations.SetAccountActiveAsync(grains, caller, username, active);

    /// <summary>Changes the signed-in user's own password; true when changed. Every session of the user ends, this one too: sign in again.</summary>
    public static Task<bool> ChangePasswordAsync(
        string currentPassword,
        string newPassword,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] AccountSignIn signIn) =>
        ChangePasswordMutation.ChangeAsync(signIn, caller, currentPassword, newPassword);

    /// <summary>For the platform administrator and the tenant's own administrator.</summary>
    public static Task<UpdateTenantProfilePayload> UpdateTenantProfileAsync(
        UpdateTenantProfileInput input,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] IGrainFactory grains,
        [FromServices] TenantChangeFeed feed) =>
        UpdateTenantProfileMutation.UpdateAsync(input, caller, reader, grains, feed);

    /// <summary>For the platform administrator only; the sector must be one a loaded plugin provides.</summary>
    public static Task<TenantNode> UpdateTenantSectorAsync(
        [Id] string id,
        string sector,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] IGrainFactory grains,
        [FromServices] TenantChangeFeed feed,
        [FromServices] ISectorRegistry registry) =>
        UpdateTenantSectorMutation.UpdateAsync(id, sector, caller, reader, grains, feed, registry);

    /// <summary>Adds one officer, linked to the sign-in account <c>username</c> when given; for the platform administrator and the tenant's own administrator.</summary>
    public static Task<OfficerNode> AddOfficerAsync(
        AddOfficerInput input,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] AccountOfficers accounts) =>
        OfficerMutations.AddAsync(input, caller, reader, accounts);

    /// <summary>
    /// Edits an officer (name, unit, position, categories, area, validity, reviewer flags); the certificate number, status
    /// and history stay. VALIDATION_FAILED lists every field's problem in <c>extensions.data.problems</c>; OFFICER_INACTIVE
    /// for a deactivated officer.
    /// </summary>
    public static Task<OfficerNode> UpdateOfficerAsync(
        UpdateOfficerInput input,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] IGrainFactory grains) =>
        OfficerMutations.UpdateAsync(input, caller, reader, grains);

    /// <summary>
    /// Deactivates an officer (停用) with a reason and the day (<c>on</c>, yyyy-MM-dd, not after today): they stay on record
    /// and no new case step may name them (OFFICER_INACTIVE). Refused again with OFFICER_INACTIVE.
    /// </summary>
    public static Task<OfficerNode> DeactivateOfficerAsync(
        [Id] string tenantId,
        [Id] string officerId,
        string reason,
        string on,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] IGrainFactory grains) =>
        OfficerMutations.DeactivateAsync(tenantId, officerId, reason, on, caller, reader, grains);

    /// <summary>
    /// Renews an officer's certificate (换证): the new validity must end after the current one, which joins <c>pastTerms</c>.
    /// OFFICER_INACTIVE for a deactivated officer, OFFICER_NOT_CERTIFIED for a revoked certificate.
    /// </summary>
    public static Task<OfficerNode> RenewCertificateAsync(
        [Id] string tenantId,
        [Id] string officerId,
        string validFrom,
        string validTo,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] IGrainFactory grains) =>
        OfficerMutations.RenewCertificateAsync(tenantId, officerId, validFrom, validTo, caller, reader, grains);

    /// <summary>
    /// Imports an .xlsx or .csv of officers (base64), all rows or none; row-level problems come back
    /// in <c>errors</c>, not as GraphQL errors, so a client can show them beside the file.
    /// </summary>
    public static Task<ImportOfficersPayload> ImportOfficersAsync(
        [Id] string tenantId,
        string fileName,
        [InputType(typeof(NonNullGraphType<Base64GraphType>))] string contentBase64,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] OfficerImporter importer) =>
        OfficerMutations.ImportAsync(tenantId, fileName, contentBase64, caller, reader, importer);

    /// <summary>
    /// 导入下级机关: a supervising department onboards agencies below it from .xlsx/.csv files, each with its plan adopted
    /// from <c>planTemplate</c>. All rows or none: row-level problems come back in <c>errors</c> (sheet, row, column, code),
    /// not as GraphQL errors; <c>dryRun</c> only checks. FORBIDDEN for anyone but a supervisor of the department or above it.
    /// </summary>
    public static Task<ImportAgenciesPayload> ImportAgenciesAsync(
        ImportAgenciesInput input,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] AgencyImporter importer) =>
        OnboardingResolvers.ImportAsync(input, caller, importer);

    /// <summary>
    /// 新增下级机关: one agency below the department, checked as a one-row import (the same rules, every problem in
    /// <c>errors</c> with the column to blame: sheet 机关, row 2), created with its adopted plan. FORBIDDEN as for <c>importAgencies</c>.
    /// </summary>
    public static Task<ImportAgenciesPayload> CreateSubordinateAgencyAsync(
        CreateSubordinateAgencyInput input,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] AgencyImporter importer) =>
        OnboardingResolvers.CreateAsync(input, caller, importer);

    /// <summary>Files a case (立案) for the agency's staff; the index gives it its id ({year}-{n}).</summary>
    public static Task<CaseNode> OpenCaseAsync(OpenCaseInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.OpenAsync(input, caller, cases);

    /// <summary>Completes the current step: STEP_OUT_OF_ORDER, DOCUMENT_REQUIRED, AV_REQUIRED … say what is missing.</summary>
    public static Task<CaseNode> CompleteStepAsync(CompleteStepInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.CompleteStepAsync(input, caller, cases);

    /// <summary>Skips an optional step with a reason; STEP_NOT_SKIPPABLE otherwise.</summary>
    public static Task<CaseNode> SkipStepAsync(SkipStepInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.SkipStepAsync(input, caller, cases);

    /// <summary>Records or changes the case's proposed decision; a passed legal review of an earlier proposal stops counting.</summary>
    public static Task<CaseNode> ProposeDecisionAsync(ProposeDecisionInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.ProposeDecisionAsync(input, caller, cases);

    /// <summary>Records a legal reviewer's opinion (AGREED / HAS_PROBLEMS) on the current proposal; REVIEWER_NOT_ALLOWED for a non-reviewer or the case's own officer.</summary>
    public static Task<CaseNode> RecordReviewOpinionAsync(RecordReviewOpinionInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.RecordReviewOpinionAsync(input, caller, cases);

    /// <summary>
    /// Publishes a decision exactly as previewed (事后公开): DISCLOSURE_PREVIEW_CHANGED when the masked record is no longer the
    /// one shown, DISCLOSURE_NOT_PUBLISHABLE for a decision barred from publishing, DISCLOSURE_ALREADY_PUBLISHED once published.
    /// For the agency's officers, heads and administrators.
    /// </summary>
    public static Task<DisclosureNode> PublishDisclosureAsync(PublishDisclosureInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] DisclosureService disclosures) =>
        DisclosureResolvers.PublishAsync(input, caller, disclosures);

    /// <summary>Withdraws a published decision with its reason (a tombstone in the chain; VALIDATION_FAILED without a reason).</summary>
    public static Task<DisclosureNode> WithdrawDisclosureAsync(WithdrawDisclosureInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] DisclosureService disclosures) =>
        DisclosureResolvers.WithdrawAsync(input, caller, disclosures);

    /// <summary>Replaces a published decision's record with a corrected one, as previewed, with its reason.</summary>
    public static Task<DisclosureNode> CorrectDisclosureAsync(CorrectDisclosureInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] DisclosureService disclosures) =>
        DisclosureResolvers.CorrectAsync(input, caller, disclosures);

    /// <summary>Records that a decision is not to be published (state or trade secret, privacy, a minor), with the reason.</summary>
    public static Task<DisclosureNode> WithholdDisclosureAsync(WithholdDisclosureInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] DisclosureService disclosures) =>
        DisclosureResolvers.WithholdAsync(input, caller, disclosures);

    /// <summary>
    /// Publishes the agency's next review-catalog edition (its administrator, or a supervising department's own supervisors):
    /// rows it adds to what it inherits, its
    /// scope, the day it takes effect (today or later). VALIDATION_FAILED names every faulty field.
    /// </summary>
    public static Task<ReviewCatalogNode> PublishReviewCatalogAsync(PublishReviewCatalogInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] ReviewCatalogService catalogs) =>
        ReviewCatalogResolvers.PublishAsync(input, caller, catalogs);

    /// <summary>Submits the current proposal for legal review with its materials, or resubmits; REVIEW_MATERIALS_INCOMPLETE, REVIEW_RESUBMISSION_UNCHANGED.</summary>
    public static Task<CaseNode> SubmitForReviewAsync(SubmitForReviewInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.SubmitForReviewAsync(input, caller, cases);

    /// <summary>A legal reviewer asks for supplementary materials by a date; the review's time limit stops until the handler resubmits.</summary>
    public static Task<CaseNode> RequestSupplementAsync(RequestSupplementInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.RequestSupplementAsync(input, caller, cases);

    /// <summary>
    /// Records the leaders' collective discussion (集体讨论, 第五十七条) after the review said 存在问题 and the handling unit disagrees
    /// (COLLECTIVE_DISCUSSION_NOT_ALLOWED otherwise); PROCEED lets the decision be made on the proposal discussed.
    /// </summary>
    public static Task<CaseNode> RecordCollectiveDiscussionAsync(RecordCollectiveDiscussionInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.RecordCollectiveDiscussionAsync(input, caller, cases);

    /// <summary>The agency head extends the time limit of the review with the reviewer, once (REVIEW_EXTENSION_USED the second time; FORBIDDEN for anyone but the head).</summary>
    public static Task<CaseNode> ExtendReviewTimeLimitAsync(ExtendReviewTimeLimitInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.ExtendReviewTimeLimitAsync(input, caller, cases);

    /// <summary>Adds an audio-visual record from a finished upload of the caller's (UPLOAD_NOT_READY otherwise).</summary>
    public static Task<CaseNode> AddRecordingAsync(AddRecordingInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.AddRecordingAsync(input, caller, cases);

    /// <summary>Adds a piece of evidence from a finished upload of the caller's (UPLOAD_NOT_READY otherwise).</summary>
    public static Task<CaseNode> AddEvidenceAsync(AddEvidenceInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.AddEvidenceAsync(input, caller, cases);

    /// <summary>Issues a document of the sector's template with its official number; returns it with its download URL.</summary>
    public static Task<CaseDocumentNode> IssueDocumentAsync(IssueDocumentInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.IssueDocumentAsync(input, caller, cases);

    /// <summary>Attaches the signed or scanned copy of an issued document from a finished upload.</summary>
    public static Task<CaseNode> AttachSignedCopyAsync(AttachSignedCopyInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.AttachSignedCopyAsync(input, caller, cases);

    /// <summary>Recomputes the case's deadlines on the current calendar and records any change.</summary>
    public static Task<CaseNode> RecomputeDeadlinesAsync([Id] string tenantId, [Id] string caseId, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.RecomputeDeadlinesAsync(tenantId, caseId, caller, cases);

    /// <summary>Replaces the agency's 音像记录事项清单; for its own administrator only.</summary>
    public static Task<IEnumerable<AvItemNode>> UpdateAvItemsAsync([Id] string tenantId, IReadOnlyList<AvItemInput> items, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseMutations.UpdateAvItemsAsync(tenantId, items, caller, cases);
    /// <summary>
    /// Enters a notice into the working-day calendar (platform administrator only) and returns the year as it now
    /// stands; every open case recomputes its deadlines afterwards (see calendarSettings.lastRecompute).
    /// </summary>
    public static Task<CalendarYearNode> AmendCalendarAsync(
        AmendCalendarInput input,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] CalendarService calendar) =>
        CalendarResolvers.AmendAsync(input, caller, calendar);

    /// <summary>The years without a notice that may be computed from the statutory holidays (platform administrator only); replaces the list.</summary>
    public static async Task<IEnumerable<int>> SetProvisionalYearsAsync(
        IReadOnlyList<int> years,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] CalendarService calendar)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(calendar);
        return (await calendar.SetProvisionalYearsAsync(caller.User, years)).ProvisionalYears;
    }

    /// <summary>
    /// 报送: the agency's head or administrator files a plan deliverable with its superior, naming the documents filed;
    /// DELIVERABLE_ALREADY_FILED while a filing waits or after an approval.
    /// </summary>
    public static Task<PlanNode> FileDeliverableAsync(FileDeliverableInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] PlanService plans) =>
        PlanResolvers.FileDeliverableAsync(input, caller, plans);

    /// <summary>
    /// A supervising department above the agency approves the waiting filing or sends it back with a remark;
    /// DELIVERABLE_SELF_REVIEW for the agency itself, FORBIDDEN outside the caller's subtree, DELIVERABLE_NOT_FILED when nothing waits.
    /// </summary>
    public static Task<PlanNode> ReviewDeliverableAsync(ReviewDeliverableInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] PlanService plans) =>
        PlanResolvers.ReviewDeliverableAsync(input, caller, plans);

    /// <summary>
    /// 报送进展 of a ledger task: what was done and the evidence; completes = true (with evidence) marks a dated task done;
    /// LEDGER_TASK_DONE after that, LEDGER_TASK_LONG_TERM for completing a long-term task.
    /// </summary>
    public static Task<PlanNode> UpdateLedgerTaskAsync(UpdateLedgerTaskInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] PlanService plans) =>
        PlanResolvers.UpdateLedgerTaskAsync(input, caller, plans);

    /// <summary>
    /// 忽略: a supervising department sets aside a finding about an agency below it, with a reason kept with who and when;
    /// the finding stays dismissed (dismissing again returns the first dismissal; FINDING_ALREADY_HANDLED once it was turned
    /// into a rectification task). FINDING_REASON_REQUIRED without a reason,
    /// FINDING_NOT_FOUND when the finding is not (or no longer) found in the department's subtree, FORBIDDEN for the
    /// agency's own finding or a caller who is not the department's supervisor, head or administrator.
    /// </summary>
    public static Task<FindingNode> DismissFindingAsync([Id] string tenantId, [Id] string findingId, string? reason, [FromUserContext] GraphQLUserContext caller, [FromServices] FindingService findings) =>
        FindingResolvers.DismissAsync(tenantId, findingId, reason, caller, findings);

    /// <summary>
    /// 转为整改任务: a supervising department turns a finding about an agency below it into a rectification task, by the
    /// same people who may dismiss it. A separate mutation rather than createRectification without an inspection: the task
    /// still belongs to an inspection — <c>inspectionId</c>, one of the department's inspections of the finding's agency, or
    /// when omitted a 专项监督检查 "监督线索处置：…" opened for it in the same act — and the finding is recorded as converted,
    /// so it is no longer listed as open. Returns the task (with its inspectionId). FINDING_ALREADY_HANDLED for a finding
    /// dismissed or already converted, FINDING_NOT_FOUND outside the department's subtree, RECTIFICATION_DEADLINE_INVALID
    /// before today or on a rest day, FORBIDDEN for the agency's own finding, a responsible agency outside the subtree or a
    /// caller who is not the department's supervisor, head or administrator.
    /// </summary>
    public static Task<RectificationNode> ConvertFindingToRectificationAsync(
        ConvertFindingInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision) =>
        FindingResolvers.ConvertAsync(input, caller, supervision);

    /// <summary>
    /// The agency's setting: switches a problem model off (or back on) in its own findings lists and those of the agencies
    /// below it; a department above still sees the findings. Returns the switches now in force for the agency.
    /// PROBLEM_MODEL_NOT_FOUND for an unknown model; for the agency's head or administrator.
    /// </summary>
    public static Task<IEnumerable<ModelSwitchNode>> SwitchFindingModelAsync([Id] string tenantId, string model, bool enabled, string? reason, [FromUserContext] GraphQLUserContext caller, [FromServices] FindingService findings) =>
        FindingResolvers.SwitchAsync(tenantId, model, enabled, reason, caller, findings);

    /// <summary>专项监督检查 of an agency below the department (FORBIDDEN outside its subtree); the passing mark defaults to 60.</summary>
    public static Task<InspectionNode> CreateInspectionAsync(CreateInspectionInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision) =>
        SupervisionResolvers.CreateInspectionAsync(input, caller, supervision);

    /// <summary>
    /// 案卷评查 of a sampled case file of the inspected agency or one below it, under its sector's standard (evaluationStandard):
    /// a failed veto item fails it outright, else it passes at the inspection's mark; a failing file becomes a finding.
    /// EVALUATION_INVALID for unknown items, points out of range or unscored items.
    /// </summary>
    public static Task<InspectionNode> ScoreCaseFileAsync(ScoreCaseFileInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision) =>
        SupervisionResolvers.ScoreCaseFileAsync(input, caller, supervision);

    /// <summary>A finding of the inspection outside the scored case files.</summary>
    public static Task<InspectionNode> RecordInspectionFindingAsync(RecordInspectionFindingInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision) =>
        SupervisionResolvers.RecordFindingAsync(input, caller, supervision);

    /// <summary>
    /// 下达整改任务 to an agency below the department with a deadline on the working-day calendar; RECTIFICATION_DEADLINE_INVALID
    /// before today or on a rest day, CALENDAR_YEAR_MISSING for a year the calendar does not hold.
    /// </summary>
    public static Task<InspectionNode> CreateRectificationAsync(CreateRectificationInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision) =>
        SupervisionResolvers.CreateRectificationAsync(input, caller, supervision);

    /// <summary>提交整改材料 by the responsible agency; RECTIFICATION_NOT_RESPONSIBLE for another agency's task.</summary>
    public static Task<InspectionNode> SubmitRectificationEvidenceAsync(SubmitRectificationEvidenceInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision) =>
        SupervisionResolvers.SubmitEvidenceAsync(input, caller, supervision);

    /// <summary>The department accepts or rejects (with a remark) the evidence; RECTIFICATION_SELF_REVIEW for the responsible agency itself.</summary>
    public static Task<InspectionNode> ReviewRectificationAsync(ReviewRectificationInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision) =>
        SupervisionResolvers.ReviewAsync(input, caller, supervision);

    /// <summary>问责 against a task overdue and not fixed; RECTIFICATION_NOT_OVERDUE otherwise.</summary>
    public static Task<InspectionNode> RecordAccountabilityAsync(RecordAccountabilityInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision) =>
        SupervisionResolvers.RecordAccountabilityAsync(input, caller, supervision);

    /// <summary>Records the 通报 issued about an overdue task (its document number) in the task's history; RECTIFICATION_NOT_OVERDUE otherwise.</summary>
    public static Task<InspectionNode> IssueRectificationNoticeAsync(IssueRectificationNoticeInput input, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision) =>
        SupervisionResolvers.IssueNoticeAsync(input, caller, supervision);
}
