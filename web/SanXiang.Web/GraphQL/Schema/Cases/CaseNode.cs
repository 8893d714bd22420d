using GraphQL;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Web.Cases;
using SanXiang.Web.GraphQL.Execution;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>
/// A case (案件) as its events make it. <c>events</c> and <c>verification</c> read the stored chain
/// and are computed only when asked for. Created only after the caller was allowed to read it.
/// </summary>
[Name("Case")]
public sealed class CaseNode(CaseView view)
{
    [Id]
    public string Id => view.Id;

    [Id]
    public string TenantId => view.Tenant;

    /// <summary>案由.</summary>
    public string Title => view.Title;

    public EnforcementCategory Category => view.Category;

    public CasePartyNode Party => new(view.Party);

    /// <summary>简易程序 (行政处罚法 第五十一条).</summary>
    public bool Simplified => view.Simplified;

    /// <summary>Yuan; 0 for a warning.</summary>
    public decimal? ProposedFine => view.ProposedFine;

    public CaseStatus Status => view.Status;

    public string OpenedAt => IsoTime.Format(view.OpenedAt);

    public string? ClosedAt => IsoTime.Format(view.ClosedAt);

    /// <summary>The officers in charge (承办人).</summary>
    public IEnumerable<CaseOfficerNode> Officers => view.Officers.Select(o => new CaseOfficerNode(o));

    public IEnumerable<CaseStepNode> Steps => view.Steps.Select(s => new CaseStepNode(s));

    /// <summary>The first step neither completed nor skipped; null once closed.</summary>
    [Id]
    public string? CurrentStepId => view.CurrentStepId;

    public IEnumerable<CaseDocumentNode> Documents => view.Documents.Select(d => new CaseDocumentNode(view.Tenant, view.Id, d));

    public IEnumerable<CaseRecordingNode> Recordings => view.Recordings.Select(r => new CaseRecordingNode(view.Tenant, view.Id, r));

    public IEnumerable<CaseEvidenceNode> Evidence => view.Evidence.Select(e => new CaseEvidenceNode(view.Tenant, view.Id, e));

    public IEnumerable<CaseDeadlineNode> Deadlines => view.Deadlines.Select(d => new CaseDeadlineNode(d));

    public CompletenessNode Completeness => new(view.Completeness);

    /// <summary>The proposed decision (拟作出的处罚决定), or null before one is recorded.</summary>
    public DecisionProposalNode? Proposal => view.Proposal is { } proposal ? new(proposal, view.ProposalHash!) : null;

    /// <summary>The latest legal-review opinion on the current proposal, or null when it has none.</summary>
    public ReviewOpinionNode? Review => view.Review is { } review ? new(review) : null;

    /// <summary>The collective discussions (集体讨论, 第五十七条) held on the case's proposals, oldest first.</summary>
    public IEnumerable<CollectiveDiscussionNode> CollectiveDiscussions => (view.Discussions ?? []).Select(d => new CollectiveDiscussionNode(d));

    /// <summary>The latest submission for legal review (materials, due date, supplements, the opinion that closed it), or null before any.</summary>
    public ReviewSubmissionNode? ReviewSubmission([FromServices] CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return view.Submission is { } submission ? new(submission, cases.Today) : null;
    }

    /// <summary>The number of the case's last event.</summary>
    public int LastSequence => checked((int)view.LastSequence);

    /// <summary>The record as stored: every event with its hashes.</summary>
    public async Task<IEnumerable<CaseEventNode>> EventsAsync([FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return (await cases.EventsAsync(CaseCallers.From(caller), view.Tenant, view.Id)).Select(e => new CaseEventNode(e));
    }

    /// <summary>The chain recomputed from the stored events now (the same as <c>verifyCase</c>).</summary>
    public async Task<CaseVerificationNode> VerificationAsync([FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return new CaseVerificationNode(await cases.VerifyAsync(CaseCallers.From(caller), view.Tenant, view.Id));
    }
}
