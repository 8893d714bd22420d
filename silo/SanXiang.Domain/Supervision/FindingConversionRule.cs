using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Supervision;

/// <summary>
/// 转为整改任务: a supervising department turns a finding about an agency below it into a rectification task once (DOMAIN.md
/// §5: superiors "turn findings into rectification tasks"). A finding already set aside or already turned is handled; doing
/// it again is refused, so one lead never becomes two tasks or a task and a dismissal. The task goes into one of the
/// department's inspections of the finding's agency, or into a 专项监督检查 opened for it (<see cref="InspectionTitle"/>).
/// </summary>
public static class FindingConversionRule
{
    private const string TitlePrefix = "监督线索处置：";

    /// <summary>FINDING_ALREADY_HANDLED unless the finding is still open.</summary>
    public static void RequireOpen(FindingState state)
    {
        switch (state)
        {
            case FindingState.Dismissed:
                throw new SanXiangException(ErrorCodes.FindingAlreadyHandled, "该监督线索已被忽略，不能再转为整改任务。");
            case FindingState.Converted:
                throw new SanXiangException(ErrorCodes.FindingAlreadyHandled, "该监督线索已转为整改任务，不能重复转办。");
        }
    }

    /// <summary>An agency does not handle a lead about itself: its supervising department does.</summary>
    public static void RequireBelow(string departmentId, string findingTenantId)
    {
        if (string.Equals(departmentId, findingTenantId, StringComparison.Ordinal))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "本机关的监督线索由上级监督部门处理，不能由本机关转为整改任务。");
        }
    }

    /// <summary>The task's problem: the text the supervisor wrote, else the model's name and the facts it found.</summary>
    public static string Problem(string modelName, string evidence, string? problem) =>
        string.IsNullOrWhiteSpace(problem) ? $"{modelName}：{evidence}" : problem.Trim();

    /// <summary>The title of the inspection opened for a finding when the department has none of its agency.</summary>
    public static string InspectionTitle(string modelName) => TitlePrefix + modelName;

    /// <summary>The inspection the task goes into must be the department's own, of the finding's agency.</summary>
    public static void RequireInspectionFor(Inspection inspection, string departmentId, string findingTenantId)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        if (!string.Equals(inspection.DepartmentId, departmentId, StringComparison.Ordinal) || !string.Equals(inspection.AgencyId, findingTenantId, StringComparison.Ordinal))
        {
            throw new SanXiangException(
                ErrorCodes.ValidationFailed,
                "所选专项监督检查的被检查机关不是该监督线索所涉机关，请另选检查或新建专项监督检查。",
                [new FieldProblem("inspectionId", "请选择本部门对该机关开展的专项监督检查。")]);
        }
    }
}
