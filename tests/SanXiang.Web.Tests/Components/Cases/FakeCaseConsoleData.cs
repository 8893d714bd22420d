using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Officers;
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

    private IEnumerable<CaseSummary> Matching(CaseQuery query) =>
        Summaries
            .Where(c => query.Status is null || c.Status == query.Status)
            .Where(c => query.Category is null || c.Category == query.Category)
            .Where(c => query.OfficerId is null || c.Officers.Any(o => o.Id == query.OfficerId))
            .Where(c => query.Overdue is null || (c.Status == CaseStatus.Open && c.IsOverdueOn(query.Today)) == query.Overdue)
            .Where(c => query.DueWithinDays is not { } days || (c.Status == CaseStatus.Open && c.OpenDeadlines.Any(d => d.Due >= query.Today && d.Due <= query.Today.AddDays(days))))
            .Where(c => query.Text is null || c.Title.Contains(query.Text, StringComparison.Ordinal) || c.Party.Name.Contains(query.Text, StringComparison.Ordinal))
            .OrderByDescending(c => c.OpenedAt)
            .ThenByDescending(c => c.Id, StringComparer.Ordinal);

    public IReadOnlyList<EnforcementCategory> Categories(string sectorId) => [EnforcementCategory.Penalty, EnforcementCategory.Inspection];

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
