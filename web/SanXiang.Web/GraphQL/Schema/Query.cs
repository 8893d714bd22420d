using GraphQL;
using SanXiang.Web.Plans;
using SanXiang.Web.GraphQL.Schema.Supervision;
using SanXiang.Web.Supervision;
using SanXiang.Web.GraphQL.Schema.Plans;
using SanXiang.Silo.Supervision;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Sectors;
using SanXiang.Web.Calendar;
using SanXiang.Web.Cases;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Calendar;
using SanXiang.Web.GraphQL.Schema.Disclosures;
using SanXiang.Domain.Disclosures;
using SanXiang.Web.Disclosures;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.GraphQL.Schema.Officers;
using SanXiang.Web.GraphQL.Schema.Onboarding;
using SanXiang.Web.Onboarding;
using SanXiang.Web.GraphQL.Schema.Paging;
using SanXiang.Web.GraphQL.Schema.Portal;
using SanXiang.Web.GraphQL.Schema.Reviews;
using SanXiang.Web.GraphQL.Schema.Sectors;
using SanXiang.Web.GraphQL.Schema.Tenants;
using SanXiang.Web.GraphQL.Schema.Transparency;
using SanXiang.Web.Portal;
using SanXiang.Web.Reviews;
using SanXiang.Web.Sectors;
using SanXiang.Web.Transparency;
using IdAttribute = GraphQL.IdAttribute;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.GraphQL.Schema;

public sealed class Query
{
    /// <summary>
    /// A page of the agencies the caller may see (the platform administrator all of them, others their
    /// own and those below, at any depth), by region code, then id. <c>region</c> is a GB/T 2260 code and
    /// matches its whole area; <c>name</c> a part of the name; <c>first</c> 0–500, default 50.
    /// </summary>
    public static async Task<TenantConnection> TenantsAsync(
        int? first,
        string? after,
        AgencyLevel? level,
        string? sector,
        string? region,
        string? name,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var query = new AgencyQuery(null, PageSize.Resolve(first), TenantCursor.Decode(after), Level: level, Sector: sector, Region: region, Name: name);
        return new TenantConnection(await reader.ListVisibleAsync(caller, query));
    }

    /// <summary>Nullable, so that an unknown or forbidden id leaves the other root fields of the response intact.</summary>
    public static async Task<TenantNode?> TenantAsync([Id] string id, [FromUserContext] GraphQLUserContext caller, [FromServices] TenantReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new TenantNode(await reader.GetVisibleAsync(caller, id));
    }

    /// <summary>The plans an onboarded agency may adopt (the seed catalog's), for <c>importAgencies(planTemplate:)</c>.</summary>
    public static Task<IEnumerable<PlanTemplateNode>> PlanTemplatesAsync([FromUserContext] GraphQLUserContext caller, [FromServices] PlanTemplates templates) =>
        OnboardingResolvers.TemplatesAsync(caller, templates);

    /// <summary>The sectors of the plugins this host loaded; a skipped plugin is not listed (see /health and the console's /plugins page).</summary>
    public static IEnumerable<SectorNode> Sectors([FromServices] ISectorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Plugins.Select(p => new SectorNode(p.Plugin));
    }

    /// <summary>Renders a document format with its fields' sample values and returns where to download it.</summary>
    public static async Task<SampleDocumentNode> SectorDocumentAsync([Id] string sectorId, string kind, [FromServices] SampleDocuments samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return new SampleDocumentNode(await samples.RenderAsync(sectorId, kind));
    }

    /// <summary>The agency's officers (执法人员清单), for anyone who may see the agency.</summary>
    public static async Task<IEnumerable<OfficerNode>> OfficersAsync([Id] string tenantId, [FromUserContext] GraphQLUserContext caller, [FromServices] TenantReader reader, [FromServices] IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(grains);
        await reader.GetVisibleAsync(caller, tenantId);
        var officers = await TenantReader.InTenantAsync(caller, tenantId, () => grains.GetGrain<IOfficerRosterGrain>(tenantId).ListAsync());
        return officers.Select(o => new OfficerNode(o));
    }

    /// <summary>Whether the agency has enough legal reviewers today (the same rule as the officers page's staffing check).</summary>
    public static async Task<ReviewerStaffingNode> ReviewerStaffingAsync([Id] string tenantId, [FromUserContext] GraphQLUserContext caller, [FromServices] TenantReader reader, [FromServices] IGrainFactory grains, [FromServices] TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(grains);
        await reader.GetVisibleAsync(caller, tenantId);
        var officers = await TenantReader.InTenantAsync(caller, tenantId, () => grains.GetGrain<IOfficerRosterGrain>(tenantId).ListAsync());
        return new ReviewerStaffingNode(officers.ReviewerStaffing(CaseDates.Today(clock)));
    }

    /// <summary>The officer holding a certificate number (spaces and case ignored), or null: the public list is searchable by it.</summary>
    public static async Task<OfficerNode?> OfficerAsync([Id] string tenantId, string certificateNumber, [FromUserContext] GraphQLUserContext caller, [FromServices] TenantReader reader, [FromServices] IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(grains);
        await reader.GetVisibleAsync(caller, tenantId);
        var officer = await TenantReader.InTenantAsync(caller, tenantId, () => grains.GetGrain<IOfficerRosterGrain>(tenantId).FindAsync(certificateNumber));
        return officer is null ? null : new OfficerNode(officer);
    }

    /// <summary>
    /// A case of the agency with its steps, documents, records, deadlines and case-file completeness;
    /// CASE_NOT_FOUND for an unknown id. Nullable, so that a refusal leaves the other root fields intact.
    /// </summary>
    public static Task<CaseNode?> CaseAsync([Id] string tenantId, [Id] string id, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseQueries.CaseAsync(tenantId, id, caller, cases);

    /// <summary>
    /// The agency's cases from the read model, newest filing first, <c>first</c> (default 50, at most 500) after the
    /// cursor <c>after</c>. <c>overdue</c>: true only those with a deadline overdue today (China time), false only the
    /// others; <c>text</c>: the title or the party contains it (Chinese substrings); <c>openedFrom</c> / <c>openedTo</c>:
    /// filed on or after / on or before that day (yyyy-MM-dd, China time). <c>includeSubordinates</c>: also the cases of
    /// every agency below this one, at any depth (a supervising department's search); whoever may read the agency's
    /// cases may read those, and each case names its agency.
    /// </summary>
    public static Task<CaseConnectionNode> CasesAsync(
        [Id] string tenantId,
        CaseStatus? status,
        EnforcementCategory? category,
        [Id] string? officerId,
        bool? overdue,
        string? text,
        string? openedFrom,
        string? openedTo,
        int? first,
        string? after,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] CaseService cases,
        bool includeSubordinates = false) =>
        CaseQueries.CasesAsync(tenantId, status, category, officerId, overdue, text, openedFrom, openedTo, includeSubordinates, first, after, caller, cases);

    /// <summary>Open cases with a deadline due from today to <c>withinDays</c> days later (default 7), paged like <c>cases</c>.</summary>
    public static Task<CaseConnectionNode> DueCasesAsync([Id] string tenantId, int? withinDays, int? first, string? after, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseQueries.DueCasesAsync(tenantId, withinDays, first, after, caller, cases);

    /// <summary>Open cases with a deadline overdue today, paged like <c>cases</c>.</summary>
    public static Task<CaseConnectionNode> OverdueCasesAsync([Id] string tenantId, int? first, string? after, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseQueries.OverdueCasesAsync(tenantId, first, after, caller, cases);

    /// <summary>
    /// The agency's legal-review queue (法制审核待办), oldest submission first, paged like <c>cases</c>: each case whose
    /// current proposal waits for an opinion, with the reviewer or suspended for supplements. <c>mine</c>: only the
    /// reviews the signed-in reviewer took (asked supplements for, returned) that are back; <c>overdue</c>: past due today.
    /// </summary>
    public static Task<ReviewQueueConnectionNode> ReviewQueueAsync([Id] string tenantId, bool? mine, bool? overdue, int? first, string? after, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseQueries.ReviewQueueAsync(tenantId, mine, overdue, first, after, caller, cases);

    /// <summary>Whether the case's decision is major (重大执法决定) and which review-catalog rules matched; a major decision needs a passed review (REVIEW_REQUIRED).</summary>
    public static Task<MajorDecisionNode> EvaluateMajorDecisionAsync([Id] string tenantId, [Id] string caseId, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseQueries.EvaluateMajorDecisionAsync(tenantId, caseId, caller, cases);

    /// <summary>Recomputes the case's hash chain from the stored events: <c>{ ok firstBadSeq reason message }</c>.</summary>
    public static Task<CaseVerificationNode> VerifyCaseAsync([Id] string tenantId, [Id] string id, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseQueries.VerifyCaseAsync(tenantId, id, caller, cases);

    /// <summary>
    /// The agency's after-decision disclosures (公示管理) from the read model: <c>status</c> DRAFT lists drafts by due day, the
    /// overdue first; any other status, or none, latest change first. <c>overdue</c>: true only drafts past their due day
    /// today (China time). For whoever may read the agency's cases, a supervising department included.
    /// </summary>
    public static Task<DisclosureConnectionNode> DisclosuresAsync([Id] string tenantId, DisclosureStatus? status, bool? overdue, int? first, string? after, [FromUserContext] GraphQLUserContext caller, [FromServices] DisclosureService disclosures) =>
        DisclosureResolvers.ListAsync(tenantId, status, overdue, first, after, caller, disclosures);

    /// <summary>
    /// The decision's text beside the masked record publishing it would put out, with the hash to publish it by;
    /// <c>conclusion</c>, <c>basis</c>, <c>facts</c> replace the decision's own, <c>otherNames</c> are hidden in the text.
    /// DISCLOSURE_NOT_FOUND before the decision is made.
    /// </summary>
    public static Task<DisclosurePreviewNode> DisclosurePreviewAsync([Id] string tenantId, [Id] string caseId, string? conclusion, string? basis, string? facts, IReadOnlyList<string>? otherNames, [FromUserContext] GraphQLUserContext caller, [FromServices] DisclosureService disclosures) =>
        DisclosureResolvers.PreviewAsync(tenantId, caseId, conclusion, basis, facts, otherNames, caller, disclosures);

    /// <summary>
    /// Published decisions (处罚决定公示), for anyone without signing in: one agency's or, with no <c>tenantId</c>, every
    /// agency's; <c>text</c> in the (masked) party or the document number; <c>category</c>; decided <c>from</c> / <c>to</c>;
    /// only decisions inside their display period, withdrawn ones shown as withdrawn. An unknown agency or decision and an
    /// unpublished one answer alike: not listed.
    /// </summary>
    public static Task<PublishedDecisionConnectionNode> PublishedDecisionsAsync([Id] string? tenantId, string? text, EnforcementCategory? category, DateOnly? from, DateOnly? to, int? first, string? after, [FromServices] DisclosureService disclosures) =>
        DisclosureResolvers.PublishedAsync(tenantId, text, category, from, to, first, after, disclosures);

    /// <summary>
    /// The agency's 重大执法决定法制审核目录清单 in force today, for anyone (agencies publish it): each rule with its source —
    /// the sector's defaults, a supervising department's catalog it inherits, or its own — the review scope and its editions.
    /// </summary>
    public static Task<ReviewCatalogNode> ReviewCatalogAsync([Id] string tenantId, [FromServices] ReviewCatalogService catalogs) =>
        ReviewCatalogResolvers.GetAsync(tenantId, catalogs);

    /// <summary>
    /// The agency's public transparency record, for anyone: its latest signed checkpoint and the supervising departments
    /// that witnessed it (“已由 新田县司法局 见证（…）”). TENANT_NOT_FOUND for an unknown agency.
    /// </summary>
    public static async Task<TransparencyNode> TransparencyAsync([Id] string tenantId, [FromServices] WitnessStatements statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return new TransparencyNode(await statements.GetAsync(tenantId));
    }

    /// <summary>The checkpoints the supervising department refused to witness (a log that may have been rewritten), newest first; its own supervisors only.</summary>
    public static async Task<IEnumerable<WitnessAlertNode>> WitnessAlertsAsync([Id] string tenantId, [FromUserContext] GraphQLUserContext caller, [FromServices] WitnessAlerts alerts)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(alerts);
        Callers.RequireSignedIn(caller);
        return (await alerts.ListAsync(caller.User, tenantId)).Select(a => new WitnessAlertNode(a));
    }

    /// <summary>
    /// The officer holding this certificate number (spaces and case ignored) in any agency, as the public portal shows them, with
    /// the certificate's status today; null for a number no agency lists. For anyone, signed in or not.
    /// </summary>
    public static Task<PublicOfficerNode?> OfficerByCertificateAsync(string certificateNumber, [FromServices] PortalService portal) =>
        PortalQueries.OfficerByCertificateAsync(certificateNumber, portal);

    /// <summary>Everything the agency discloses before enforcement, as its public page shows it; null for an agency the platform does not list. For anyone.</summary>
    public static Task<PublicListsNode?> PublicListsAsync([Id] string tenantId, [FromServices] PortalService portal) =>
        PortalQueries.PublicListsAsync(tenantId, portal);

    /// <summary>The agency's 音像记录事项清单.</summary>
    public static Task<IEnumerable<AvItemNode>> AvItemsAsync([Id] string tenantId, [FromUserContext] GraphQLUserContext caller, [FromServices] CaseService cases) =>
        CaseQueries.AvItemsAsync(tenantId, caller, cases);
    /// A year of the working-day calendar (行政处罚法 第八十五条). Null with CALENDAR_YEAR_MISSING when the calendar
    /// holds no arrangement for the year and the year is not allowed as provisional.
    /// </summary>
    public static async Task<CalendarYearNode?> CalendarAsync(int year, [FromServices] CalendarService calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new CalendarYearNode(await calendar.GetYearAsync(year));
    }

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/> (yyyy-MM-dd), the day itself not counted.</summary>
    public static async Task<WorkingDaysNode?> WorkingDaysAsync(string from, int days, [FromServices] CalendarService calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new WorkingDaysNode(await calendar.AddWorkingDaysAsync(IsoDate.Parse(from, "起算日"), days));
    }

    /// <summary>The notices entered over the official table, the provisional years and the last recomputation of open deadlines.</summary>
    public static async Task<CalendarSettingsNode> CalendarSettingsAsync([FromServices] CalendarService calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new CalendarSettingsNode(await calendar.GetSettingsAsync());
    }

    /// <summary>
    /// The roll-out of every agency below the department, at any depth: how many, in which phase today, overdue tasks and
    /// deliverables, and the indicators with their formulas — one read-model query, for whoever may see the department.
    /// </summary>
    public static async Task<RollupNode> RollupAsync([Id] string tenantId, [FromUserContext] GraphQLUserContext caller, [FromServices] PlanService plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return new RollupNode(await plans.RollupAsync(CaseCallers.From(caller), tenantId));
    }

    /// <summary>
    /// The rollup's drill-down: each agency directly below the department, counted together with every agency below it,
    /// with the same counts and indicators as <c>rollup</c> (<c>descendants</c> counts the agency itself and those below it).
    /// </summary>
    public static async Task<IEnumerable<RollupBranchNode>> RollupBranchesAsync([Id] string tenantId, [FromUserContext] GraphQLUserContext caller, [FromServices] PlanService plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return (await plans.BranchesAsync(CaseCallers.From(caller), tenantId)).Select(b => new RollupBranchNode(b));
    }

    /// <summary>
    /// The agency's own enforcement indicators today, from the read model: 公示及时率, 持证率, 法制审核人员占比 and
    /// 案卷评查合格率, each with its formula and counts (the agencies below it are in <c>rollup</c>).
    /// </summary>
    public static async Task<IEnumerable<IndicatorNode>> AgencyIndicatorsAsync([Id] string tenantId, [FromUserContext] GraphQLUserContext caller, [FromServices] PlanService plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return (await plans.AgencyIndicatorsAsync(CaseCallers.From(caller), tenantId)).Select(i => new IndicatorNode(i));
    }

    /// <summary>
    /// 监督线索: the findings of the problem models over the agency and every agency below it, at any depth (a supervisor
    /// sees its subtree only: FORBIDDEN outside it), computed today from the read model. <c>model</c> one model's id
    /// (see <c>problemModels</c>; PROBLEM_MODEL_NOT_FOUND otherwise), <c>status</c> OPEN (default: neither dismissed nor
    /// turned into a rectification task), DISMISSED, CONVERTED or ALL; each finding's <c>state</c> says which, and a converted
    /// one's <c>conversion</c> names its rectification; ordered by model, then agency, then subject; <c>first</c> 0–500, default 50.
    /// </summary>
    public static Task<FindingConnectionNode> FindingsAsync([Id] string tenantId, string? model, FindingStatus? status, int? first, string? after, [FromUserContext] GraphQLUserContext caller, [FromServices] FindingService findings) =>
        FindingResolvers.ListAsync(tenantId, model, status, first, after, caller, findings);

    /// <summary>The problem models the platform runs, each with the rule it checks.</summary>
    public static IEnumerable<ProblemModelNode> ProblemModels() => Domain.Supervision.ProblemModels.All.Select(m => new ProblemModelNode(m));

    /// <summary>The inspections the department opened and those of the agency inspected, newest first (read model).</summary>
    public static Task<IEnumerable<InspectionSummaryNode>> InspectionsAsync([Id] string tenantId, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision) =>
        SupervisionResolvers.InspectionsAsync(tenantId, caller, supervision);

    /// <summary>One inspection of the department (tenantId) with its case files, findings and tasks' full history.</summary>
    public static async Task<InspectionNode> InspectionAsync([Id] string tenantId, string id, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(supervision);
        return new InspectionNode(await supervision.GetAsync(CaseCallers.From(caller), tenantId, id));
    }

    /// <summary>The rectification tasks the agency assigned or is responsible for, deadline first; overdue: true for those overdue today.</summary>
    public static Task<IEnumerable<RectificationSummaryNode>> RectificationsAsync(
        [Id] string tenantId, bool? overdue, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision) =>
        SupervisionResolvers.RectificationsAsync(tenantId, overdue, caller, supervision);

    /// <summary>案卷评查标准 for the agency's case files: its sector plugin's, or the common scheme.</summary>
    public static async Task<EvaluationStandardNode> EvaluationStandardAsync([Id] string tenantId, [FromUserContext] GraphQLUserContext caller, [FromServices] SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(supervision);
        return new EvaluationStandardNode(await supervision.StandardAsync(CaseCallers.From(caller), tenantId));
    }
}
