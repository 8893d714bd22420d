using SanXiang.Domain.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Plugins;
using SanXiang.Silo;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Sectors;
using SanXiang.Silo.Supervision;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Auth;
using SanXiang.Web.Cases;
using SanXiang.Web.Officers;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Supervision;

/// <summary>
/// Supervision for the console and the API (issue 13, item 5). A supervising department's supervisors, head or
/// administrator open inspections of agencies below it, score sampled case files, record findings, assign rectification
/// tasks, accept or reject the fixes and hold people accountable — only within its subtree (FORBIDDEN outside). The
/// responsible agency's head, section heads or administrator submit the evidence. The rules of each act are the Domain's.
/// </summary>
public sealed class SupervisionService(
    IGrainFactory grains,
    CaseAccess access,
    CaseService cases,
    AccountOfficers people,
    ITenantStore<SanXiangTenantInfo> tenants,
    ISectorRegistry sectors,
    TimeProvider clock)
{
    private static readonly HashSet<TenantRole> Supervisors = [TenantRole.Supervisor, TenantRole.AgencyHead, TenantRole.TenantAdmin];
    private static readonly HashSet<TenantRole> Reporters = [TenantRole.AgencyHead, TenantRole.TenantAdmin, TenantRole.SectionHead];

    public DateOnly Today => CaseDates.Today(clock);

    /// <summary>Whether the caller acts for the department (may open inspections and answer fixes), for the console's forms.</summary>
    public bool CanSupervise(CaseCaller caller, string departmentId) =>
        caller?.IsSignedIn == true && caller.User.RolesIn(departmentId).Any(Supervisors.Contains);

    public bool CanReport(CaseCaller caller, string agencyId) =>
        caller?.IsSignedIn == true && caller.User.RolesIn(agencyId).Any(Reporters.Contains);

    public async Task<IReadOnlyList<InspectionSummary>> InspectionsAsync(CaseCaller caller, string tenantId)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await Queries.InspectionsAsync(tenantId);
    }

    /// <summary>The rectification tasks the agency assigned or is responsible for; with <paramref name="overdueOnly"/> those overdue today.</summary>
    public async Task<RectificationListing> RectificationsAsync(CaseCaller caller, string tenantId, bool overdueOnly)
    {
        await access.RequireReadAsync(caller, tenantId);
        var tasks = await Queries.RectificationsAsync(tenantId, overdueOnly ? Today : null);
        return new RectificationListing(tasks, Today, await AgencyNamesAsync(tasks.SelectMany(t => new[] { t.DepartmentId, t.ResponsibleAgencyId })));
    }

    /// <summary>For whoever may see the department, the agency inspected, or an agency responsible for one of its tasks.</summary>
    public async Task<InspectionStanding> GetAsync(CaseCaller caller, string departmentId, string inspectionId)
    {
        var inspection = await LoadAsync(departmentId, inspectionId);
        var readers = new[] { departmentId, inspection.AgencyId }.Concat(inspection.Rectifications.Select(r => r.ResponsibleAgencyId));
        await RequireAnyReadAsync(caller, readers.Distinct(StringComparer.Ordinal));
        return await StandingAsync(inspection);
    }

    /// <summary>The standard the agency's case files are scored by, for whoever may see the agency.</summary>
    public async Task<EvaluationStandard> StandardAsync(CaseCaller caller, string agencyId)
    {
        await access.RequireReadAsync(caller, agencyId);
        return await StandardForAsync(agencyId);
    }

    /// <summary>The sector's standard for the agency's case files: its plugin's, or the common one (DOMAIN.md §10).</summary>
    public async Task<EvaluationStandard> StandardForAsync(string agencyId)
    {
        var agency = await TenantCallContext.RunAsync(agencyId, () => grains.GetGrain<IAgencyGrain>(agencyId).GetAsync());
        return CommonEvaluationStandard.For(agency is null ? null : sectors.Find(agency.Profile.Sector));
    }

    public async Task<InspectionStanding> CreateInspectionAsync(CaseCaller caller, string departmentId, string agencyId, string title, int? passingMark)
    {
        await RequireSupervisorAsync(caller, departmentId);
        await RequireBelowAsync(departmentId, agencyId, "只能检查本机关所辖的下级机关。");
        var id = Inspection.NewId(Today);
        var inspection = await InDepartmentAsync(departmentId, () =>
            Grain(departmentId, id).OpenAsync(agencyId, title, passingMark ?? Inspection.DefaultPassingMark, caller.UserName));
        return await StandingAsync(inspection);
    }

    /// <summary>案卷评查 of a case of the inspected agency or one below it, under the case agency's sector standard.</summary>
    public async Task<InspectionStanding> ScoreCaseFileAsync(CaseCaller caller, string departmentId, string inspectionId, ScoreCaseFileRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await RequireSupervisorAsync(caller, departmentId);
        var inspection = await LoadAsync(departmentId, inspectionId);
        if (!await Directory.IsWithinAsync([inspection.AgencyId], request.CaseTenantId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只能抽查被检查机关及其下级机关的案卷。");
        }

        var file = await cases.GetAsync(caller, request.CaseTenantId, request.CaseId);
        var standard = await StandardForAsync(request.CaseTenantId);
        return await StandingAsync(await InDepartmentAsync(departmentId, () => Grain(departmentId, inspectionId).ScoreCaseFileAsync(
            standard, request.CaseTenantId, file.Id, file.Title, file.Status == CaseStatus.Closed, request.FailedVetoIds, request.Scores, request.Note, caller.UserName)));
    }

    public async Task<InspectionStanding> RecordFindingAsync(CaseCaller caller, string departmentId, string inspectionId, string text)
    {
        await RequireSupervisorAsync(caller, departmentId);
        return await ActAsync(departmentId, inspectionId, g => g.RecordFindingAsync(text, caller.UserName));
    }

    public async Task<InspectionStanding> CreateRectificationAsync(
        CaseCaller caller, string departmentId, string inspectionId, string? findingId, string? problem, string responsibleAgencyId, DateOnly deadline)
    {
        await RequireSupervisorAsync(caller, departmentId);
        await RequireBelowAsync(departmentId, responsibleAgencyId, "整改责任单位应为本机关所辖的下级机关。");
        return await ActAsync(departmentId, inspectionId, g => g.AssignRectificationAsync(findingId, problem, responsibleAgencyId, deadline, caller.UserName));
    }

    /// <summary>
    /// 转为整改任务 of a 监督线索 about an agency below the department, by those who may dismiss it (its supervisors, head or
    /// administrator): into <paramref name="inspectionId"/> (one of the department's inspections of the finding's agency) or,
    /// without one, into a 专项监督检查 opened for it. The rules are the Domain's (<see cref="FindingConversionRule"/>).
    /// </summary>
    public async Task<ConvertedFinding> ConvertFindingAsync(
        CaseCaller caller, string departmentId, string findingId, string? inspectionId, string responsibleAgencyId, DateOnly deadline, string? problem)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await access.RequireReadAsync(caller, departmentId);
        if (!FindingService.CanDismiss(caller, departmentId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只有监督部门的监督人员、负责人或管理员可以把监督线索转为整改任务。");
        }

        await RequireBelowAsync(departmentId, responsibleAgencyId, "整改责任单位应为本机关所辖的下级机关。");
        var request = new ConvertFinding(departmentId, findingId, Today, inspectionId, responsibleAgencyId, deadline, problem, caller.UserName, clock.GetUtcNow());
        var finding = await InDepartmentAsync(departmentId, () => grains.GetGrain<IFindingsGrain>(GrainKeys.Platform).ConvertAsync(request));
        var conversion = finding.Conversion!;
        var standing = await StandingAsync(await LoadAsync(departmentId, conversion.InspectionId));
        return new ConvertedFinding(finding, standing, standing.Inspection.Rectification(conversion.TaskId!));
    }

    /// <summary>The agencies below the department by name and its inspections of <paramref name="agencyId"/>, for the 转为整改任务 form.</summary>
    public async Task<FindingConversionChoices> ConversionChoicesAsync(CaseCaller caller, string departmentId, string agencyId)
    {
        await access.RequireReadAsync(caller, departmentId);
        var below = await Directory.ListAsync(new AgencyQuery([departmentId], AgencyQuery.MaxFirst));
        var agencies = below.Items.Where(a => a.Profile.Id != departmentId).Select(a => (a.Profile.Id, a.Profile.Name)).ToList();
        var inspections = (await Queries.InspectionsAsync(departmentId)).Where(i => i.DepartmentId == departmentId && i.AgencyId == agencyId).ToList();
        return new FindingConversionChoices(Today, agencies, inspections);
    }

    /// <summary>
    /// In the name of the responsible agency when the caller reports for it; otherwise in the name of an agency the caller
    /// reports for, which the Domain refuses (RECTIFICATION_NOT_RESPONSIBLE). FORBIDDEN for a caller who reports for none.
    /// </summary>
    public async Task<InspectionStanding> SubmitEvidenceAsync(
        CaseCaller caller, string departmentId, string inspectionId, string taskId, string? note, IReadOnlyList<PlanEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var task = (await LoadAsync(departmentId, inspectionId)).Rectification(taskId);
        await RequireAnyReadAsync(caller, [task.ResponsibleAgencyId, departmentId]);
        var agency = CanReport(caller, task.ResponsibleAgencyId)
            ? task.ResponsibleAgencyId
            : caller.User.MemberTenants().FirstOrDefault(t => CanReport(caller, t))
                ?? throw new SanXiangException(ErrorCodes.Forbidden, "只有整改责任单位的负责人、科室负责人或管理员可以提交整改材料。");
        return await ActAsync(departmentId, inspectionId, g => g.SubmitEvidenceAsync(taskId, agency, note, evidence, caller.UserName));
    }

    /// <summary>In the department's name for its supervisors; the responsible agency's own staff answer in its name, which the Domain refuses.</summary>
    public async Task<InspectionStanding> ReviewRectificationAsync(CaseCaller caller, string departmentId, string inspectionId, string taskId, bool accept, string? remark)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var task = (await LoadAsync(departmentId, inspectionId)).Rectification(taskId);
        await RequireAnyReadAsync(caller, [departmentId, task.ResponsibleAgencyId]);
        var reviewer = CanSupervise(caller, departmentId)
            ? departmentId
            : caller.User.RolesIn(task.ResponsibleAgencyId).Any()
                ? task.ResponsibleAgencyId
                : throw new SanXiangException(ErrorCodes.Forbidden, "只有下达任务的监督部门可以验收整改。");
        return await ActAsync(departmentId, inspectionId, g => g.ReviewRectificationAsync(taskId, reviewer, accept, remark, caller.UserName));
    }

    public async Task<InspectionStanding> HoldAccountableAsync(
        CaseCaller caller, string departmentId, string inspectionId, string taskId, string person, string measure, string? reason)
    {
        await RequireSupervisorAsync(caller, departmentId);
        return await ActAsync(departmentId, inspectionId, g => g.HoldAccountableAsync(taskId, person, measure, reason, caller.UserName));
    }

    /// <summary>Records the 通报 the department issued about an overdue task, by its document number.</summary>
    public async Task<InspectionStanding> IssueNoticeAsync(CaseCaller caller, string departmentId, string inspectionId, string taskId, string documentNumber, string? note)
    {
        await RequireSupervisorAsync(caller, departmentId);
        return await ActAsync(departmentId, inspectionId, g => g.IssueNoticeAsync(taskId, documentNumber, note, caller.UserName));
    }

    /// <summary>The 通报 draft (.docx) of a task overdue today, for the department; RECTIFICATION_NOT_OVERDUE otherwise.</summary>
    public async Task<byte[]> NoticeAsync(CaseCaller caller, string departmentId, string inspectionId, string taskId)
    {
        await RequireSupervisorAsync(caller, departmentId);
        var standing = await StandingAsync(await LoadAsync(departmentId, inspectionId));
        return RectificationNotice.Render(standing, standing.Inspection.Rectification(taskId));
    }

    private IAgencyQueryGrain Directory => grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform);

    private ISupervisionQueryGrain Queries => grains.GetGrain<ISupervisionQueryGrain>(GrainKeys.Platform);

    private IInspectionGrain Grain(string departmentId, string inspectionId) => grains.GetGrain<IInspectionGrain>(GrainKeys.For(departmentId, inspectionId));

    // The inspection is the department's record; the responsible agency's acts on it are checked above and by the Domain,
    // so every call runs on behalf of the department whose key it is.
    private static Task<T> InDepartmentAsync<T>(string departmentId, Func<Task<T>> call) => TenantCallContext.RunAsync(departmentId, call);

    private async Task<Inspection> LoadAsync(string departmentId, string inspectionId) =>
        await InDepartmentAsync(departmentId, () => Grain(departmentId, inspectionId).GetAsync())
            ?? throw new SanXiangException(ErrorCodes.InspectionNotFound, "未找到该专项监督检查。");

    private async Task<InspectionStanding> ActAsync(string departmentId, string inspectionId, Func<IInspectionGrain, Task<Inspection>> act)
    {
        _ = await LoadAsync(departmentId, inspectionId);
        return await StandingAsync(await InDepartmentAsync(departmentId, () => act(Grain(departmentId, inspectionId))));
    }

    private async Task RequireSupervisorAsync(CaseCaller caller, string departmentId)
    {
        await access.RequireReadAsync(caller, departmentId);
        if (!CanSupervise(caller, departmentId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只有监督部门的监督人员、负责人或管理员可以开展监督检查。");
        }
    }

    private async Task RequireBelowAsync(string departmentId, string agencyId, string refusal)
    {
        _ = await tenants.TryGetByIdentifierAsync(agencyId) ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"未找到机关“{agencyId}”。");
        if (agencyId == departmentId || !await Directory.IsWithinAsync([departmentId], agencyId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, refusal);
        }
    }

    private async Task RequireAnyReadAsync(CaseCaller caller, IEnumerable<string> agencies)
    {
        SanXiangException? refusal = null;
        foreach (var agency in agencies)
        {
            try
            {
                await access.RequireReadAsync(caller, agency);
                return;
            }
            catch (SanXiangException e) when (e.Code is ErrorCodes.Forbidden or ErrorCodes.TenantNotFound)
            {
                refusal ??= e;
            }
        }

        throw refusal ?? new SanXiangException(ErrorCodes.Forbidden, "您无权查看该专项监督检查。");
    }

    private async Task<InspectionStanding> StandingAsync(Inspection inspection)
    {
        var actions = inspection.Rectifications.SelectMany(r => r.Actions).ToList();
        var users = actions.Select(a => a.By).Concat(inspection.Evaluations.Select(e => e.By)).Concat(inspection.Findings.Select(f => f.By)).Append(inspection.OpenedBy).ToList();
        var names = new Dictionary<string, string>(await people.NamesAsync(inspection.DepartmentId, users), StringComparer.Ordinal);
        foreach (var group in actions.Where(a => a.AgencyId != inspection.DepartmentId).GroupBy(a => a.AgencyId, StringComparer.Ordinal))
        {
            foreach (var (user, name) in await people.NamesAsync(group.Key, group.Select(a => a.By)))
            {
                names[user] = name;
            }
        }

        var agencies = new[] { inspection.DepartmentId, inspection.AgencyId }
            .Concat(inspection.Rectifications.Select(r => r.ResponsibleAgencyId))
            .Concat(inspection.Evaluations.Select(e => e.CaseTenantId))
            .Concat(actions.Select(a => a.AgencyId));
        return new InspectionStanding(inspection, Today, names, await AgencyNamesAsync(agencies));
    }

    public async Task<IReadOnlyDictionary<string, string>> AgencyNamesAsync(IEnumerable<string> ids)
    {
        Dictionary<string, string> names = new(StringComparer.Ordinal);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            names[id] = (await tenants.TryGetByIdentifierAsync(id))?.Name ?? id;
        }

        return names;
    }
}
