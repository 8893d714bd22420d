using System.Globalization;
using SanXiang.Domain.Calendar;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Text;
using SanXiang.Plugins;

namespace SanXiang.Domain.Supervision;

/// <summary>
/// 专项监督检查: a supervising department's special inspection of an agency below it (DOMAIN.md §5) — case files sampled
/// and scored (案卷评查), findings recorded, each finding turned into a rectification task. Every act is kept with who and
/// when; nothing is edited in place. Which agencies a department may inspect is the directory's answer, checked before.
/// </summary>
/// <param name="PassingMark">The points a file needs to pass, set per province (e.g. 60 or 80, DOMAIN.md §10).</param>
public sealed record Inspection(
    string Id,
    string DepartmentId,
    string AgencyId,
    string Title,
    int PassingMark,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    IReadOnlyList<CaseFileEvaluation> Evaluations,
    IReadOnlyList<InspectionFinding> Findings,
    IReadOnlyList<Rectification> Rectifications)
{
    public const int DefaultPassingMark = 60;

    public const int MaxItems = 500;

    public static Inspection Open(string id, string departmentId, string agencyId, string title, int passingMark, DateTimeOffset at, string by)
    {
        if (string.Equals(departmentId, agencyId, StringComparison.Ordinal))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "专项监督检查的对象应为本机关所辖的下级机关。");
        }

        if (passingMark is < 1 or > 100)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "合格分数线应在 1 至 100 分之间。", [new FieldProblem("passingMark", "合格分数线应在 1 至 100 分之间。")]);
        }

        return new Inspection(id, departmentId, agencyId, TextArguments.Accept(TextFields.InspectionTitle, title), passingMark, at, by, [], [], []);
    }

    public int FilesPassed => Evaluations.Count(e => e.Passed);

    /// <summary>A new inspection's id within its department: the day it opens and a random tail.</summary>
    public static string NewId(DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"{today:yyyyMMdd}-{Guid.NewGuid().ToString("N")[..6]}");

    /// <summary>
    /// 案卷评查 of a sampled file of the agency or one below it, under its sector's standard. Each file is scored once; a
    /// file that fails becomes a finding of the inspection, which can then be turned into a rectification task.
    /// </summary>
    public Inspection Score(
        DateTimeOffset at,
        string by,
        EvaluationStandard standard,
        (string TenantId, string CaseId, string Title, bool Closed) caseFile,
        IReadOnlyList<string> failedVetoIds,
        IReadOnlyList<ItemScore> scores,
        string? note)
    {
        // 案卷评查 judges the file as filed (归档): a case still in progress has no complete file to judge.
        if (!caseFile.Closed)
        {
            throw new SanXiangException(ErrorCodes.EvaluationInvalid, $"“{caseFile.Title}”尚未结案归档，不能评查其案卷：请抽查已结案的案件。");
        }

        if (Evaluations.Any(e => e.CaseTenantId == caseFile.TenantId && e.CaseId == caseFile.CaseId))
        {
            throw new SanXiangException(ErrorCodes.EvaluationInvalid, "该案卷已在本次检查中评查过。");
        }

        RequireRoom(Evaluations.Count);
        var (vetoes, scored) = CaseFileScoring.Score(standard, failedVetoIds, scores);
        var evaluation = new CaseFileEvaluation(
            NextId("E", Evaluations.Count), caseFile.TenantId, caseFile.CaseId, caseFile.Title, standard.Name, vetoes, scored, PassingMark,
            TextArguments.AcceptOptional(TextFields.FindingText, note), at, by);
        var next = this with { Evaluations = [.. Evaluations, evaluation] };
        return evaluation.Passed ? next : next.AddFinding(FailureText(evaluation), evaluation.Id, at, by);
    }

    public Inspection RecordFinding(DateTimeOffset at, string by, string text) =>
        AddFinding(TextArguments.Accept(TextFields.FindingText, text), null, at, by);

    /// <summary>
    /// 下达整改任务 for <paramref name="responsibleAgencyId"/> (an agency the caller checked lies below the department). The
    /// problem is the finding's text unless given; a <paramref name="findingId"/> this inspection does not hold names a finding
    /// of elsewhere (a problem model's) and then needs the problem written out.
    /// </summary>
    public Inspection AssignRectification(
        DateTimeOffset at,
        DateOnly today,
        WorkingDayCalendar calendar,
        string by,
        string? findingId,
        string? problem,
        string responsibleAgencyId,
        DateOnly deadline)
    {
        RequireRoom(Rectifications.Count);
        if (string.Equals(responsibleAgencyId, DepartmentId, StringComparison.Ordinal))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "整改责任单位应为本机关所辖的下级机关。");
        }

        var finding = findingId is null ? null : Findings.FirstOrDefault(f => f.Id == findingId);
        var text = TextArguments.AcceptOptional(TextFields.FindingText, problem) ?? finding?.Text
            ?? throw new SanXiangException(ErrorCodes.ValidationFailed, "请写明需要整改的问题。", [new FieldProblem("problem", "请写明需要整改的问题。")]);
        var workingDays = RectificationDeadline.Check(today, deadline, calendar);
        var task = new Rectification(
            NextId("R", Rectifications.Count),
            TextArguments.AcceptOptional(TextFields.Id, findingId),
            text,
            responsibleAgencyId,
            today,
            deadline,
            workingDays,
            [new RectificationAction(RectificationActionKind.Assigned, at, by, DepartmentId, null, [])]);
        return this with { Rectifications = [.. Rectifications, task] };
    }

    public Rectification Rectification(string taskId) =>
        Rectifications.FirstOrDefault(r => r.Id == taskId)
            ?? throw new SanXiangException(ErrorCodes.RectificationNotFound, $"本次检查中没有编号为“{taskId}”的整改任务。");

    public Inspection SubmitEvidence(string taskId, DateTimeOffset at, string by, string agencyId, string? note, IReadOnlyList<PlanEvidence> evidence) =>
        Replace(Rectification(taskId).Submit(at, by, agencyId, note, evidence));

    public Inspection Review(string taskId, DateTimeOffset at, string by, string reviewerAgencyId, bool accept, string? remark) =>
        Replace(Rectification(taskId).Review(at, by, reviewerAgencyId, accept, remark));

    public Inspection HoldAccountable(string taskId, DateTimeOffset at, DateOnly today, string by, string person, string measure, string? reason) =>
        Replace(Rectification(taskId).HoldAccountable(at, today, by, DepartmentId, person, measure, reason));

    public Inspection IssueNotice(string taskId, DateTimeOffset at, DateOnly today, string by, string documentNumber, string? note) =>
        Replace(Rectification(taskId).IssueNotice(at, today, by, DepartmentId, documentNumber, note));

    private static string FailureText(CaseFileEvaluation evaluation) => evaluation.Vetoed
        ? $"案卷《{evaluation.CaseTitle}》评查不合格（否决项）：{string.Join("；", evaluation.FailedVetoes.Select(v => v.Text))}。"
        : $"案卷《{evaluation.CaseTitle}》评查得分 {evaluation.Total} 分，低于合格分数线 {evaluation.PassingMark} 分。";

    private static string NextId(string prefix, int count) => prefix + (count + 1).ToString(CultureInfo.InvariantCulture);

    private static void RequireRoom(int count)
    {
        if (count >= MaxItems)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "本次检查的记录已达上限，请另行开展检查。");
        }
    }

    private Inspection AddFinding(string text, string? evaluationId, DateTimeOffset at, string by)
    {
        RequireRoom(Findings.Count);
        return this with { Findings = [.. Findings, new InspectionFinding(NextId("F", Findings.Count), text, evaluationId, at, by)] };
    }

    private Inspection Replace(Rectification task) =>
        this with { Rectifications = [.. Rectifications.Select(r => r.Id == task.Id ? task : r)] };
}
