using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Officers;
using SanXiang.Web.Cases;
using SanXiang.Web.Components.Cases;
using SanXiang.Web.Components.Data;

namespace SanXiang.Web.Tests.Components.Cases;

/// <summary>Cases held in memory; a refusal set here is thrown as the service would throw it.</summary>
internal sealed class FakeCaseConsoleData : ICaseConsoleData
{
    public List<CaseSummary> Summaries { get; init; } = [];

    public CaseView? Case { get; set; }

    public List<CaseEventView> Events { get; init; } = [];

    public IReadOnlyList<DocumentTemplate> TemplateList { get; init; } = [];

    public CaseVerification Verification { get; set; } = new(true, null, null, null);

    /// <summary>Thrown by the next command (open, complete, skip, issue, attach) instead of carrying it out.</summary>
    public SanXiangException? Refusal { get; set; }

    public List<string> Commands { get; } = [];

    public List<NewCase> Opened { get; } = [];

    public List<(string Kind, IReadOnlyDictionary<string, string> Fields)> Issued { get; } = [];

    public DateOnly Today { get; init; } = CaseSamples.Today;

    /// <summary>What the server's rule lets the signed-in user do; an agency's own officer by default.</summary>
    public CaseAbilities Abilities { get; set; } = new(CanOpen: true, CanAct: true);

    /// <summary>The people behind the accounts, as the account/officer link names them.</summary>
    public Dictionary<string, string> People { get; init; } = [];

    public Task<CaseAbilities> AbilitiesAsync(string tenantId) => Task.FromResult(Abilities);

    public Task<IReadOnlyDictionary<string, string>> PeopleAsync(string tenantId, IEnumerable<string> userNames) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(userNames.Where(People.ContainsKey).ToDictionary(n => n, n => People[n]));

    /// <summary>The agencies' names the read model would return with a page.</summary>
    public Dictionary<string, string> AgencyNames { get; init; } = [];

    /// <summary>What the page asked the read model for last.</summary>
    public CaseQuery? LastQuery { get; private set; }

    /// <summary>The read model's filters over <see cref="Summaries"/>, newest first, one page of <paramref name="first"/> from the index in <paramref name="after"/>.</summary>
    public Task<CaseListPage> ListCasesAsync(string tenantId, CaseQuery query, int first, string? after)
    {
        LastQuery = query;
        var found = Matching(query).ToList();
        var start = after is null ? 0 : int.Parse(after, System.Globalization.CultureInfo.InvariantCulture);
        var page = found.Skip(start).Take(first).ToList();
        var next = start + page.Count;
        return Task.FromResult(new CaseListPage(page, next.ToString(System.Globalization.CultureInfo.InvariantCulture), next < found.Count, AgencyNames));
    }

    public Task<int> CountCasesAsync(string tenantId, CaseQuery query) => Task.FromResult(Matching(query).Count());

    private IEnumerable<CaseSummary> Matching(CaseQuery query) => Ordered(
        Summaries
            .Where(c => query.Status is null || c.Status == query.Status)
            .Where(c => query.Category is null || c.Category == query.Category)
            .Where(c => query.OfficerId is null || c.Officers.Any(o => o.Id == query.OfficerId))
            .Where(c => query.Overdue is null || (c.Status == CaseStatus.Open && c.IsOverdueOn(query.Today)) == query.Overdue)
            .Where(c => query.DueWithinDays is not { } days || (c.Status == CaseStatus.Open && c.OpenDeadlines.Any(d => d.Due >= query.Today && d.Due <= query.Today.AddDays(days))))
            .Where(c => query.Text is null || c.Title.Contains(query.Text, StringComparison.Ordinal) || c.Party.Name.Contains(query.Text, StringComparison.Ordinal)),
        query.Order);

    // The read model's orders: newest filing first, or 我的案件's overdue first, nearest deadline, earliest filing.
    private static IOrderedEnumerable<CaseSummary> Ordered(IEnumerable<CaseSummary> cases, CaseOrder order) => order == CaseOrder.Urgent
        ? cases.OrderBy(c => c.Status == CaseStatus.Open && c.NextDeadline is { } next ? next.Due : DateOnly.MaxValue).ThenBy(c => c.OpenedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
        : cases.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal);

    /// <summary>The review queue's rows, oldest submission first, as the read model would hold them.</summary>
    public List<ReviewQueueEntry> Reviews { get; init; } = [];

    /// <summary>The account the fake signs in as, for the queue's “mine”.</summary>
    public string UserName { get; init; } = "xintian-scjg.reviewer";

    public List<ReviewMaterials> Submitted { get; } = [];

    public Task<ReviewQueuePage> ReviewQueueAsync(string tenantId, bool mine, bool? overdue, int first, string? after)
    {
        var found = Queue(mine, overdue).ToList();
        var start = after is null ? 0 : int.Parse(after, System.Globalization.CultureInfo.InvariantCulture);
        var page = found.Skip(start).Take(first).ToList();
        var next = start + page.Count;
        return Task.FromResult(new ReviewQueuePage(page, next.ToString(System.Globalization.CultureInfo.InvariantCulture), next < found.Count));
    }

    public Task<int> CountReviewQueueAsync(string tenantId, bool mine, bool? overdue) => Task.FromResult(Queue(mine, overdue).Count());

    /// <summary>Takes the submission as the engine would when it accepts it: with the reviewer, five working days to go.</summary>
    public Task<CaseView> SubmitForReviewAsync(string tenantId, string caseId, ReviewMaterials materials)
    {
        Refuse();
        Submitted.Add(materials);
        var previous = Case!.Submission;
        Case = Case with { Submission = new ReviewSubmission(Case.ProposalHash!, materials, CaseSamples.At, 5, Today.AddDays(7), false, null, ReviewStatus.Pending, null, previous?.Reviewer, previous?.ReviewerAccount, null) };
        return Task.FromResult(Case);
    }

    public List<ReviewOpinionRequest> Opinions { get; } = [];

    /// <summary>Takes the opinion as the engine would when it accepts it: in 赵敏's name, the submission passed or returned.</summary>
    public Task<CaseView> RecordReviewOpinionAsync(string tenantId, string caseId, ReviewOpinionRequest opinion)
    {
        ArgumentNullException.ThrowIfNull(opinion);
        Refuse();
        Opinions.Add(opinion);
        var recorded = new ReviewOpinion(opinion.ProposalHash, ReviewSamples.Reviewer, opinion.Outcome!.Value, opinion.Reasons, UserName, CaseSamples.At.AddDays(3), opinion.Checklist);
        var status = recorded.Outcome == ReviewOutcome.Agreed ? ReviewStatus.Passed : ReviewStatus.Returned;
        Case = Case! with { Review = recorded, Submission = Case.Submission! with { Status = status, Opinion = recorded, Reviewer = ReviewSamples.Reviewer } };
        return Task.FromResult(Case);
    }

    public List<(int Days, string Reason)> Extensions { get; } = [];

    /// <summary>Extends as the engine would: the days added to what was left, due a week later.</summary>
    public Task<CaseView> ExtendReviewTimeLimitAsync(string tenantId, string caseId, int days, string reason)
    {
        Refuse();
        Extensions.Add((days, reason));
        var submission = Case!.Submission!;
        Case = Case with { Submission = submission with { DaysLeft = submission.DaysLeft + days, Due = submission.Due?.AddDays(7), Extension = new ReviewExtension(days, reason, UserName, CaseSamples.At.AddDays(2)) } };
        return Task.FromResult(Case);
    }

    public List<CollectiveDiscussionRequest> Discussions { get; } = [];

    /// <summary>Takes the discussion as the engine would when it accepts it.</summary>
    public Task<CaseView> RecordCollectiveDiscussionAsync(string tenantId, string caseId, CollectiveDiscussionRequest discussion)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        Refuse();
        Discussions.Add(discussion);
        var recorded = new CollectiveDiscussion(discussion.ProposalHash, discussion.HeldOn, discussion.HandlerOpinion, discussion.Attendees, discussion.Decision!.Value, discussion.Conclusion, UserName, CaseSamples.At.AddDays(4));
        Case = Case! with { Discussions = [.. Case.Discussions ?? [], recorded] };
        return Task.FromResult(Case);
    }

    private IEnumerable<ReviewQueueEntry> Queue(bool mine, bool? overdue) =>
        Reviews.Where(r => !mine || r.ReviewerAccount == UserName).Where(r => overdue is null || r.IsOverdueOn(Today) == overdue);


    /// <summary>The categories the sector's plugin has procedures for; empty as for a sector whose plugin is not installed.</summary>
    public IReadOnlyList<EnforcementCategory> CategoryList { get; init; } = [EnforcementCategory.Penalty, EnforcementCategory.Inspection];

    public IReadOnlyList<EnforcementCategory> Categories(string sectorId) => CategoryList;

    /// <summary>The officers the engine would let act, whatever the category.</summary>
    public List<Officer> Eligible { get; init; } = [CaseSamples.Zhang, CaseSamples.Li];

    public IReadOnlyList<DocumentTemplate> Templates(string sectorId) => TemplateList;

    public Task<IReadOnlyList<Officer>> EligibleOfficersAsync(string tenantId, EnforcementCategory category) => Task.FromResult<IReadOnlyList<Officer>>([.. Eligible]);

    public Task<CaseView> OpenCaseAsync(string tenantId, NewCase newCase)
    {
        Refuse();
        Opened.Add(newCase);
        Case = CaseSamples.Investigation() with { Title = newCase.Title };
        return Task.FromResult(Case);
    }

    public Task<CaseView?> GetCaseAsync(string tenantId, string caseId) => Task.FromResult(Case?.Id == caseId ? Case : null);

    public Task<IReadOnlyList<CaseEventView>> ListEventsAsync(string tenantId, string caseId) => Task.FromResult<IReadOnlyList<CaseEventView>>([.. Events]);

    public Task<CaseVerification> VerifyAsync(string tenantId, string caseId) => Task.FromResult(Verification);

    public Task<CaseView> CompleteStepAsync(string tenantId, string caseId, string stepId, IReadOnlyList<string> officerIds, string? avOverrideReason)
    {
        Refuse();
        Commands.Add($"complete {stepId} [{string.Join(",", officerIds)}] {avOverrideReason}");
        return Task.FromResult(Case!);
    }

    public Task<CaseView> SkipStepAsync(string tenantId, string caseId, string stepId, string reason)
    {
        Refuse();
        Commands.Add($"skip {stepId} {reason}");
        return Task.FromResult(Case!);
    }

    public Task<CaseDocumentView> IssueDocumentAsync(string tenantId, string caseId, string stepId, string kind, IReadOnlyDictionary<string, string> fields)
    {
        Refuse();
        Issued.Add((kind, fields));
        var template = TemplateList.Single(t => t.Kind == kind);
        var document = new CaseDocumentView($"d{Issued.Count}", kind, template.Name, template.NumberingPattern is null ? null : $"新市监罚告〔2026〕{Issued.Count}号", stepId, CaseSamples.File("notice.docx"), CaseSamples.At, "xintian-scjg.officer", null);
        Case = Case! with { Documents = [.. Case.Documents, document] };
        return Task.FromResult(document);
    }

    public Task<CaseView> AttachUploadAsync(string tenantId, string caseId, FinishedUpload upload)
    {
        Refuse();
        Commands.Add($"attach {upload.UploadId}");
        return Task.FromResult(Case!);
    }

    public string FileUrl(string tenantId, string caseId, string hash) => $"/t/{tenantId}/cases/{caseId}/files/{hash}";

    private void Refuse()
    {
        if (Refusal is { } refusal)
        {
            Refusal = null;
            throw refusal;
        }
    }
}
