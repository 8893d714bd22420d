using SanXiang.Domain.Calendar;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Supervision;

namespace SanXiang.Silo.Grains.Tests.Supervision;

/// <summary>
/// An inspection's grain and its read-model rows must agree after every act, and the lists (a department's, a responsible
/// agency's, the overdue ones) must come from those rows alone — on each storage backend.
/// </summary>
public abstract class SupervisionContract
{
    private static readonly PlanEvidence Report = new("《关于案卷评查问题整改情况的报告》", "许司发〔2026〕30号");

    private protected abstract IGrainFactory Grains { get; }

    private protected abstract EventLogDatabase Database { get; }

    private protected async Task CarryAFindingFromTheScoredFileToAnAcceptedFixAsync()
    {
        var (department, agency) = (Samples.NewTenantId(), Samples.NewTenantId());
        var grain = Grains.GetGrain<IInspectionGrain>(GrainKeys.For(department, "2026-1"));

        await grain.OpenAsync(agency, "2026年专项监督检查", 80, "王处长");
        var scored = await grain.ScoreCaseFileAsync(CommonEvaluationStandard.Standard, agency, "c1", "销售过期食品案", true, ["two-officers"], [], "只有一名执法人员签名", "王处长");
        var assigned = await grain.AssignRectificationAsync(scored.Findings.Single().Id, null, agency, NextWorkingDay(), "王处长");
        var listedOpen = await Queries.RectificationsAsync(agency, null);
        await grain.SubmitEvidenceAsync("R1", agency, "已补充第二名执法人员的询问笔录", [Report], "许昌管理员");
        var accepted = await grain.ReviewRectificationAsync("R1", department, accept: true, "整改到位", "王处长");

        var task = accepted.Rectification("R1");
        Assert.Equal(RectificationState.Accepted, task.State);
        Assert.Contains("执法人员少于两人", task.Problem, StringComparison.Ordinal);
        Assert.Equal(["王处长", "许昌管理员", "王处长"], task.Actions.Select(a => a.By));
        Assert.Equal(RectificationState.Open, listedOpen.Single().State);
        var listed = (await Queries.RectificationsAsync(department, null)).Single();
        Assert.Equal((agency, RectificationState.Accepted, (DateOnly?)null), (listed.ResponsibleAgencyId, listed.State, listed.OverdueFrom));
        var inspection = (await Queries.InspectionsAsync(agency)).Single();
        Assert.Equal((1, 0, 1, department), (inspection.Files, inspection.FilesPassed, inspection.Findings, inspection.DepartmentId));
        Assert.Equal(assigned.Rectifications.Single().Deadline, listed.Deadline);
    }

    private protected async Task RefuseEvidenceForAnotherAgencysTaskAndAnEarlyAccountabilityAsync()
    {
        var (department, agency) = (Samples.NewTenantId(), Samples.NewTenantId());
        var grain = Grains.GetGrain<IInspectionGrain>(GrainKeys.For(department, "2026-2"));
        await grain.OpenAsync(agency, "2026年专项监督检查", 60, "王处长");
        await grain.AssignRectificationAsync(null, "执法人员清单未更新", agency, NextWorkingDay(), "王处长");

        var other = await Assert.ThrowsAsync<SanXiangException>(() => grain.SubmitEvidenceAsync("R1", Samples.NewTenantId(), null, [Report], "某人"));
        var early = await Assert.ThrowsAsync<SanXiangException>(() => grain.HoldAccountableAsync("R1", "张某", "约谈", null, "王处长"));
        var yesterday = await Assert.ThrowsAsync<SanXiangException>(() => grain.AssignRectificationAsync(null, "问题", agency, Today().AddDays(-1), "王处长"));
        var twice = await Assert.ThrowsAsync<SanXiangException>(() => grain.OpenAsync(agency, "再开一次", 60, "王处长"));

        Assert.Equal(
            [ErrorCodes.RectificationNotResponsible, ErrorCodes.RectificationNotOverdue, ErrorCodes.RectificationDeadlineInvalid, ErrorCodes.Conflict],
            [other.Code, early.Code, yesterday.Code, twice.Code]);
        Assert.Equal(RectificationState.Open, (await Queries.RectificationsAsync(agency, null)).Single().State);
    }

    private protected async Task ListOnlyTheTasksOverdueOnTheDayAsync()
    {
        var (department, agency) = (Samples.NewTenantId(), Samples.NewTenantId());
        var at = new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);
        var inspection = Inspection.Open("2026-3", department, agency, "2026年专项监督检查", 60, at, "王处长")
            .AssignRectification(at, new DateOnly(2026, 11, 2), WorkingDayCalendar.Official, "王处长", null, "公示不及时", agency, new DateOnly(2026, 11, 16))
            .AssignRectification(at, new DateOnly(2026, 11, 2), WorkingDayCalendar.Official, "王处长", null, "未配备法制审核人员", agency, new DateOnly(2026, 11, 30))
            .SubmitEvidence("R2", at, "许昌管理员", agency, null, [Report]);
        await new SupervisionTable(Database).WriteAsync(inspection, 1);

        var onDeadline = await Queries.RectificationsAsync(department, new DateOnly(2026, 11, 16));
        var dayAfter = await Queries.RectificationsAsync(agency, new DateOnly(2026, 11, 17));
        var all = await Queries.RectificationsAsync(agency, null);

        Assert.Empty(onDeadline);
        Assert.Equal(["R1"], dayAfter.Select(t => t.TaskId));
        Assert.Equal(["R1", "R2"], all.Select(t => t.TaskId));
        Assert.Equal(RectificationState.Submitted, all[1].State);
    }

    private ISupervisionQueryGrain Queries => Grains.GetGrain<ISupervisionQueryGrain>(GrainKeys.Platform);

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
}
