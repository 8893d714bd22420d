using SanXiang.Domain.Calendar;
using SanXiang.Domain.Disclosures;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Supervision;
using SanXiang.Plugins;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.Tests.Agencies;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Grains.Tests.Disclosures;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Plans;
using SanXiang.Silo.Supervision;

namespace SanXiang.Silo.Grains.Tests.Supervision;

/// <summary>
/// Each problem model, over the read model the grains wrote, finds its seeded case in the subtree of the department
/// that asks and not the clean one beside it; dismissals and conversions into rectification tasks stay (each finding is
/// handled once), and an agency's switch shapes only its own lists.
/// </summary>
public abstract class FindingsContract
{
    private const string Zhao = "431128A0004";
    private const string Qian = "431128A0005";

    private protected abstract IGrainFactory Grains { get; }

    private IFindingsGrain Findings => Grains.GetGrain<IFindingsGrain>(GrainKeys.Platform);

    private protected async Task FindAPenaltyCasePastNinetyDaysAndNotARecentOneAsync()
    {
        var (tree, tenant, old, recent) = await TwoCasesAsync();

        var found = await ListAsync(tree.Province, new DateOnly(2026, 6, 15), ProblemModels.CasePastNinetyDays);

        var finding = Assert.Single(found);
        Assert.Equal(FindingIds.Of(ProblemModels.CasePastNinetyDays, tenant, old), finding.Id);
        Assert.Equal(old, finding.CaseId);
        Assert.Equal("新田县市场监督管理局", finding.AgencyName);
        Assert.Equal("“销售超过保质期的食品案”（当事人：新田县某超市）于2026年3月2日立案，至2026年6月15日已105日，尚未作出处罚决定。", finding.Evidence);
        Assert.Contains("第六十条", finding.Basis);
        Assert.DoesNotContain(found, f => f.CaseId == recent);
        Assert.Empty(await ListAsync(tree.OtherCity, new DateOnly(2026, 6, 15), ProblemModels.CasePastNinetyDays));
    }

    private protected async Task FindOfficersActingWithAnExpiredCertificateAndNotValidOnesAsync()
    {
        var (tree, tenant, old, recent) = await TwoCasesAsync();

        var found = await ListAsync(tree.City, new DateOnly(2031, 6, 1), ProblemModels.CertificateInvalid);

        Assert.Equal([CaseSamples.Zhang, CaseSamples.Li], found.Select(f => f.OfficerId).Order(StringComparer.Ordinal));
        Assert.All(found, f => Assert.Equal(old, f.CaseId));
        Assert.Contains("执法人员张明的执法证件已于2030年12月31日到期，仍在办理“销售超过保质期的食品案”。", found.Select(f => f.Evidence));
        Assert.Empty(await ListAsync(tree.City, new DateOnly(2030, 12, 31), ProblemModels.CertificateInvalid));
        Assert.Equal(tenant, found[0].TenantId);
        Assert.DoesNotContain(found, f => f.CaseId == recent);
    }

    private protected async Task FindADecisionPublishedLateOrNotAtAllAndNotOneOnTimeAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        var tenant = await CaseSamples.NewAgencyAsync(Grains, parent: tree.County);
        var (unpublished, _) = await DecidedCases.DecideAsync(Grains, tenant);
        var onTime = await PublishAsync(tenant, CaseSamples.At(2026, 3, 18));
        var late = await PublishAsync(tenant, CaseSamples.At(2026, 3, 23));

        var found = await ListAsync(tree.Province, new DateOnly(2026, 3, 25), ProblemModels.DisclosureLate);

        Assert.Equal(2, found.Count);
        Assert.DoesNotContain(found, f => f.CaseId == onTime);
        Assert.Contains(found, f => f.CaseId == unpublished && f.Evidence.EndsWith("应于2026年3月19日前公示，至2026年3月25日仍未公示。", StringComparison.Ordinal));
        Assert.Contains(found, f => f.CaseId == late && f.Evidence.EndsWith("应于2026年3月19日前公示，实际于2026年3月23日公示，逾期4日。", StringComparison.Ordinal));
    }

    private protected async Task FindAnAgencyWithAnOverdueLedgerTaskAndNotOneOnScheduleAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        await Grains.GetGrain<IPlanGrain>(tree.County).SeedAsync(Plan(new DateOnly(2026, 10, 31)), "v1");
        await Grains.GetGrain<IPlanGrain>(tree.Township).SeedAsync(Plan(new DateOnly(2027, 6, 30)), "v1");

        var found = await ListAsync(tree.Province, new DateOnly(2026, 12, 1), ProblemModels.LedgerTaskOverdue);

        var finding = Assert.Single(found);
        Assert.Equal(tree.County, finding.TenantId);
        Assert.Equal(FindingSubject.Ledger, finding.Subject);
        Assert.Equal("有1项台账任务超过完成时限未完成，最早自2026年11月1日起逾期。", finding.Evidence);
    }

    private protected async Task KeepADismissalWithItsReasonAsync()
    {
        var (tree, tenant, old, _) = await TwoCasesAsync();
        var day = new DateOnly(2026, 6, 15);
        var id = FindingIds.Of(ProblemModels.CasePastNinetyDays, tenant, old);

        var blank = await Assert.ThrowsAsync<SanXiangException>(() => Findings.DismissAsync(tree.Province, id, day, "  ", "province.supervisor", CaseSamples.At(2026, 6, 15)));
        Assert.Equal(ErrorCodes.FindingReasonRequired, blank.Code);
        var outside = await Assert.ThrowsAsync<SanXiangException>(() => Findings.DismissAsync(tree.OtherCity, id, day, "已核实", "other.supervisor", CaseSamples.At(2026, 6, 15)));
        Assert.Equal(ErrorCodes.FindingNotFound, outside.Code);

        var dismissed = await Findings.DismissAsync(tree.Province, id, day, "经核实，案件已依法延长办案期限", "province.supervisor", CaseSamples.At(2026, 6, 15));
        var again = await Findings.DismissAsync(tree.Province, id, day.AddDays(1), "另一个理由", "city.supervisor", CaseSamples.At(2026, 6, 16));

        Assert.Equal(new FindingDismissal("经核实，案件已依法延长办案期限", "province.supervisor", CaseSamples.At(2026, 6, 15)), dismissed.Dismissal);
        Assert.Equal(dismissed.Dismissal, again.Dismissal);
        Assert.DoesNotContain(await ListAsync(tree.Province, day.AddDays(30), ProblemModels.CasePastNinetyDays), f => f.CaseId == old);
        var kept = Assert.Single(await ListAsync(tree.City, day.AddDays(30), ProblemModels.CasePastNinetyDays, FindingStatus.Dismissed));
        Assert.Equal(dismissed.Dismissal, kept.Dismissal);
    }

    private protected async Task TurnAFindingIntoATaskOnceAndNoLongerListItAsOpenAsync()
    {
        var (tree, tenant, old, _) = await TwoCasesAsync();
        var day = new DateOnly(2026, 6, 15);
        var id = FindingIds.Of(ProblemModels.CasePastNinetyDays, tenant, old);

        var early = await Assert.ThrowsAsync<SanXiangException>(() => Findings.ConvertAsync(Convert(tree.Province, id, day, null, tenant, Today().AddDays(-1))));
        var converted = await Findings.ConvertAsync(Convert(tree.Province, id, day, null, tenant, NextWorkingDay()));
        var again = await Assert.ThrowsAsync<SanXiangException>(() => Findings.ConvertAsync(Convert(tree.City, id, day, null, tenant, NextWorkingDay())));
        var dismissal = await Assert.ThrowsAsync<SanXiangException>(() => Findings.DismissAsync(tree.City, id, day, "已另行处理", "city.supervisor", CaseSamples.At(2026, 6, 16)));

        Assert.Equal(ErrorCodes.RectificationDeadlineInvalid, early.Code);
        Assert.Equal([ErrorCodes.FindingAlreadyHandled, ErrorCodes.FindingAlreadyHandled], [again.Code, dismissal.Code]);
        Assert.Equal(FindingState.Converted, converted.State);
        var conversion = converted.Conversion!;
        var inspection = (await Grains.GetGrain<IInspectionGrain>(GrainKeys.For(tree.Province, conversion.InspectionId)).GetAsync())!;
        Assert.Equal((tenant, "监督线索处置：立案超过九十日未作出处罚决定"), (inspection.AgencyId, inspection.Title));
        var task = Assert.Single(inspection.Rectifications);
        Assert.Equal((task.Id, id, tenant), (conversion.TaskId, task.FindingId, task.ResponsibleAgencyId));
        Assert.StartsWith("立案超过九十日未作出处罚决定：“销售超过保质期的食品案”", task.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(await ListAsync(tree.Province, day, ProblemModels.CasePastNinetyDays), f => f.Id == id);
        Assert.Equal(conversion, Assert.Single(await ListAsync(tree.City, day, ProblemModels.CasePastNinetyDays, FindingStatus.Converted)).Conversion);
        Assert.Empty(await ListAsync(tree.City, day, ProblemModels.CasePastNinetyDays, FindingStatus.Dismissed));
    }

    private protected async Task PutTheTaskOnlyIntoTheDepartmentsInspectionOfTheFindingsAgencyAsync()
    {
        var (tree, tenant, old, _) = await TwoCasesAsync();
        var day = new DateOnly(2026, 6, 15);
        var id = FindingIds.Of(ProblemModels.CasePastNinetyDays, tenant, old);
        await Grains.GetGrain<IInspectionGrain>(GrainKeys.For(tree.Province, "2026-1")).OpenAsync(tenant, "2026年专项监督检查", 60, "王处长");
        await Grains.GetGrain<IInspectionGrain>(GrainKeys.For(tree.Province, "2026-2")).OpenAsync(tree.County, "2026年县级专项监督检查", 60, "王处长");

        var otherAgency = await Assert.ThrowsAsync<SanXiangException>(() => Findings.ConvertAsync(Convert(tree.Province, id, day, "2026-2", tenant, NextWorkingDay())));
        var missing = await Assert.ThrowsAsync<SanXiangException>(() => Findings.ConvertAsync(Convert(tree.Province, id, day, "2026-9", tenant, NextWorkingDay())));
        var own = await Assert.ThrowsAsync<SanXiangException>(() => Findings.ConvertAsync(Convert(tenant, id, day, null, tenant, NextWorkingDay())));
        var converted = await Findings.ConvertAsync(Convert(tree.Province, id, day, "2026-1", tree.County, NextWorkingDay()) with { Problem = "请督促依法作出处理决定" });

        Assert.Equal([ErrorCodes.ValidationFailed, ErrorCodes.InspectionNotFound, ErrorCodes.Forbidden], [otherAgency.Code, missing.Code, own.Code]);
        Assert.Equal("2026-1", converted.Conversion!.InspectionId);
        var task = Assert.Single((await Grains.GetGrain<IInspectionGrain>(GrainKeys.For(tree.Province, "2026-1")).GetAsync())!.Rectifications);
        Assert.Equal(("请督促依法作出处理决定", tree.County), (task.Problem, task.ResponsibleAgencyId));
        Assert.Empty((await Grains.GetGrain<IInspectionGrain>(GrainKeys.For(tree.Province, "2026-2")).GetAsync())!.Rectifications);
    }

    private protected async Task LetAnAgencySwitchAModelOffOnlyInItsOwnListsAsync()
    {
        var (tree, _, old, _) = await TwoCasesAsync();
        var day = new DateOnly(2026, 6, 15);

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => Findings.SwitchModelAsync(tree.County, "no-such-model", false, null, "county.head", CaseSamples.At(2026, 6, 1)));
        Assert.Equal(ErrorCodes.ProblemModelNotFound, refused.Code);
        var switches = await Findings.SwitchModelAsync(tree.County, ProblemModels.CasePastNinetyDays, false, "本县另有办案期限提醒", "county.head", CaseSamples.At(2026, 6, 1));

        Assert.Equal(ProblemModels.CasePastNinetyDays, Assert.Single(switches).ModelId);
        Assert.Empty(await ListAsync(tree.County, day, ProblemModels.CasePastNinetyDays));
        Assert.Equal(old, Assert.Single(await ListAsync(tree.Province, day, ProblemModels.CasePastNinetyDays)).CaseId);

        await Findings.SwitchModelAsync(tree.County, ProblemModels.CasePastNinetyDays, true, null, "county.head", CaseSamples.At(2026, 6, 2));
        Assert.Single(await ListAsync(tree.County, day, ProblemModels.CasePastNinetyDays));
    }

    private protected async Task PageThroughEveryModelAsync()
    {
        var (tree, _, _, _) = await TwoCasesAsync();
        var day = new DateOnly(2031, 6, 1);
        var all = (await Findings.ListAsync(new FindingQuery(tree.Province, day, null, FindingStatus.Open, 50, null))).Items;

        var paged = new List<Finding>();
        string? after = null;
        do
        {
            var page = await Findings.ListAsync(new FindingQuery(tree.Province, day, null, FindingStatus.Open, 1, after));
            paged.AddRange(page.Items);
            after = page.HasMore ? page.Items[^1].Id : null;
        }
        while (after is not null);

        // Both cases past 90 days, and two officers' certificates expired on the old one.
        Assert.Equal(4, all.Count);
        Assert.Equal(all.Select(f => f.Id), paged.Select(f => f.Id));
    }

    // An agency under the county with a case filed on 2026-03-02 by 张明 and 李华 (certificates to 2030-12-31) and one on
    // 2026-06-01 by 赵刚 and 钱伟 (to 2035-12-31).
    private async Task<(AgencyTree Tree, string Tenant, string Old, string Recent)> TwoCasesAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        var tenant = await CaseSamples.NewAgencyAsync(Grains, parent: tree.County);
        var roster = Grains.GetGrain<IOfficerRosterGrain>(tenant);
        await roster.AddAsync(CaseSamples.Officer(Zhao, "赵刚", EnforcementCategory.Penalty, new DateOnly(2035, 12, 31)));
        await roster.AddAsync(CaseSamples.Officer(Qian, "钱伟", EnforcementCategory.Penalty, new DateOnly(2035, 12, 31)));
        var filing = Grains.GetGrain<ICaseFilingGrain>(tenant);
        var old = await filing.OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)));
        var recent = await filing.OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 6, 1)) with { OfficerIds = [Zhao, Qian] });
        return (tree, tenant, old.Id, recent.Id);
    }

    private async Task<string> PublishAsync(string tenant, DateTimeOffset at)
    {
        var (caseId, grain) = await DecidedCases.DecideAsync(Grains, tenant);
        var shown = await grain.PreviewDisclosureAsync(new DisclosureText(null, null, null, []));
        await grain.PublishDisclosureAsync(new PublishDisclosureCommand(new DisclosureText(null, null, null, []), shown.Hash, null, "xintian-scjg.officer", at));
        return caseId;
    }

    private static ConvertFinding Convert(string department, string findingId, DateOnly day, string? inspectionId, string responsible, DateOnly deadline) =>
        new(department, findingId, day, inspectionId, responsible, deadline, null, "province.supervisor", CaseSamples.At(2026, 6, 15));

    private static DateOnly Today() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    // The silo's clock is the real one, so the deadline is the first working day from today on the official table.
    private static DateOnly NextWorkingDay()
    {
        var day = Today();
        while (!WorkingDayCalendar.Official.IsWorkingDay(day).Value)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private async Task<IReadOnlyList<Finding>> ListAsync(string department, DateOnly day, string model, FindingStatus status = FindingStatus.Open) =>
        (await Findings.ListAsync(new FindingQuery(department, day, model, status, 50, null))).Items;

    private static ImplementationPlan Plan(DateOnly due) => new(
        "实施方案",
        null,
        [new PlanPhase("全面实施阶段", new DateOnly(2026, 6, 1), null, null)],
        [],
        [new LedgerTask(1, "一", "强化事前公开", "建立公示平台链接", "各科室", "按期完成", due, false)],
        null);
}
