namespace SanXiang.Domain.Errors;

/// <summary>Stable codes for errors a user can cause; the API carries them in <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string TenantMismatch = "TENANT_MISMATCH";
    public const string TenantNotFound = "TENANT_NOT_FOUND";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string InvalidCredentials = "INVALID_CREDENTIALS";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string OfficerNotFound = "OFFICER_NOT_FOUND";
    public const string OfficerNotCertified = "OFFICER_NOT_CERTIFIED";

    /// <summary>The officer was deactivated (停用): on record for past cases, refused for anything new.</summary>
    public const string OfficerInactive = "OFFICER_INACTIVE";
    public const string TwoOfficersRequired = "TWO_OFFICERS_REQUIRED";

    // Cases (执法全过程记录).
    public const string CaseNotFound = "CASE_NOT_FOUND";
    public const string CaseClosed = "CASE_CLOSED";
    public const string StepOutOfOrder = "STEP_OUT_OF_ORDER";
    public const string StepNotSkippable = "STEP_NOT_SKIPPABLE";
    public const string DocumentRequired = "DOCUMENT_REQUIRED";
    public const string AvRequired = "AV_REQUIRED";
    public const string SimplifiedNotAllowed = "SIMPLIFIED_NOT_ALLOWED";
    public const string CaseFileIncomplete = "CASE_FILE_INCOMPLETE";
    public const string DocumentKindUnknown = "DOCUMENT_KIND_UNKNOWN";
    public const string UploadNotReady = "UPLOAD_NOT_READY";
    public const string UploadConsumed = "UPLOAD_CONSUMED";
    public const string UploadQuotaExceeded = "UPLOAD_QUOTA_EXCEEDED";
    public const string CalendarYearMissing = "CALENDAR_YEAR_MISSING";
    public const string SectorNotLoaded = "SECTOR_NOT_LOADED";

    // Hostile input (issue 12): text too long for its field, or holding control or direction characters;
    // sign-in refused while an account is locked or a client address has failed too often.
    public const string TextTooLong = "TEXT_TOO_LONG";
    public const string TextInvalid = "TEXT_INVALID";
    public const string AccountLocked = "ACCOUNT_LOCKED";
    public const string TooManyAttempts = "TOO_MANY_ATTEMPTS";
    public const string AccountDisabled = "ACCOUNT_DISABLED";

    // Legal review of major decisions (重大执法决定法制审核).
    public const string ReviewRequired = "REVIEW_REQUIRED";
    public const string ReviewerNotAllowed = "REVIEWER_NOT_ALLOWED";
    public const string ReviewMaterialsIncomplete = "REVIEW_MATERIALS_INCOMPLETE";
    public const string ReviewResubmissionUnchanged = "REVIEW_RESUBMISSION_UNCHANGED";

    // Implementation plans (实施方案): deliverables filed with the superior, ledger tasks reported.
    public const string DeliverableAlreadyFiled = "DELIVERABLE_ALREADY_FILED";
    public const string DeliverableNotFiled = "DELIVERABLE_NOT_FILED";
    public const string DeliverableSelfReview = "DELIVERABLE_SELF_REVIEW";
    public const string LedgerTaskDone = "LEDGER_TASK_DONE";
    public const string LedgerTaskLongTerm = "LEDGER_TASK_LONG_TERM";
    public const string PlanNotFound = "PLAN_NOT_FOUND";

    // The reviewer acts as himself: the officer his account is linked to, one officer per account and agency.
    public const string AccountNotLinked = "ACCOUNT_NOT_LINKED";
    public const string ReviewerNotSelf = "REVIEWER_NOT_SELF";
    public const string AccountAlreadyLinked = "ACCOUNT_ALREADY_LINKED";

    // The seven-point checklist (审核要点): every point with a finding and a note, and the outcome following them.
    public const string ReviewChecklistIncomplete = "REVIEW_CHECKLIST_INCOMPLETE";

    // 行政处罚法 第五十七条: a collective discussion only where the review found problems and the handler disagrees.
    public const string CollectiveDiscussionNotAllowed = "COLLECTIVE_DISCUSSION_NOT_ALLOWED";

    // A review's time limit is extended once, with the head's approval.
    public const string ReviewExtensionUsed = "REVIEW_EXTENSION_USED";

    // After-decision disclosure (事后公开).
    public const string DisclosureNotFound = "DISCLOSURE_NOT_FOUND";
    public const string DisclosureNotPublishable = "DISCLOSURE_NOT_PUBLISHABLE";
    public const string DisclosurePreviewChanged = "DISCLOSURE_PREVIEW_CHANGED";
    public const string DisclosureAlreadyPublished = "DISCLOSURE_ALREADY_PUBLISHED";
    public const string DisclosureNotPublished = "DISCLOSURE_NOT_PUBLISHED";

    // Onboarding (导入下级机关): row-level problems of an import file, each row named; the file imports all or nothing.
    public const string ImportFileInvalid = "IMPORT_FILE_INVALID";
    public const string ImportRowInvalid = "IMPORT_ROW_INVALID";
    public const string ImportDuplicate = "IMPORT_DUPLICATE";
    public const string ImportUnknownAgency = "IMPORT_UNKNOWN_AGENCY";
    public const string ImportParentOutsideSubtree = "IMPORT_PARENT_OUTSIDE_SUBTREE";

    // Problem models (监督线索): a dismissal needs its reason; a finding is dismissed or turned into a task once.
    public const string FindingReasonRequired = "FINDING_REASON_REQUIRED";
    public const string FindingNotFound = "FINDING_NOT_FOUND";
    public const string FindingAlreadyHandled = "FINDING_ALREADY_HANDLED";
    public const string ProblemModelNotFound = "PROBLEM_MODEL_NOT_FOUND";

    // Supervision (专项监督检查, 案卷评查, 整改, 通报, 问责).
    public const string InspectionNotFound = "INSPECTION_NOT_FOUND";
    public const string EvaluationInvalid = "EVALUATION_INVALID";
    public const string RectificationNotFound = "RECTIFICATION_NOT_FOUND";
    public const string RectificationDeadlineInvalid = "RECTIFICATION_DEADLINE_INVALID";
    public const string RectificationNotResponsible = "RECTIFICATION_NOT_RESPONSIBLE";
    public const string RectificationSelfReview = "RECTIFICATION_SELF_REVIEW";
    public const string RectificationNotSubmitted = "RECTIFICATION_NOT_SUBMITTED";
    public const string RectificationClosed = "RECTIFICATION_CLOSED";
    public const string RectificationNotOverdue = "RECTIFICATION_NOT_OVERDUE";
}
