using SanXiang.Domain.Calendar;
using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Supervision;

/// <summary>
/// 整改期限: a date on the working-day calendar, no earlier than the day the task is assigned (a deadline before the task's
/// start is refused, issue 13) and itself a working day, so that the last day to fix is a day the agency works. A year the
/// calendar does not hold is an explicit error (CALENDAR_YEAR_MISSING), not a guess.
/// </summary>
public static class RectificationDeadline
{
    /// <summary>The working days the agency has, counted after <paramref name="start"/> up to and including <paramref name="deadline"/>.</summary>
    public static int Check(DateOnly start, DateOnly deadline, WorkingDayCalendar calendar)
    {
        try
        {
            return CheckOn(start, deadline, calendar);
        }
        catch (CalendarYearMissingException e)
        {
            // The API and the console show it as a refusal with its code, as they do a case deadline's.
            throw new SanXiangException(ErrorCodes.CalendarYearMissing, e.Message, [new FieldProblem("deadline", e.Message)]);
        }
    }

    private static int CheckOn(DateOnly start, DateOnly deadline, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (deadline < start)
        {
            throw new SanXiangException(
                ErrorCodes.RectificationDeadlineInvalid,
                $"整改期限（{deadline:yyyy年M月d日}）不能早于任务下达之日（{start:yyyy年M月d日}）。",
                [new FieldProblem("deadline", "整改期限不能早于今天。")]);
        }

        if (!calendar.IsWorkingDay(deadline).Value)
        {
            throw new SanXiangException(
                ErrorCodes.RectificationDeadlineInvalid,
                $"整改期限应为工作日：{deadline:yyyy年M月d日}是休息日。",
                [new FieldProblem("deadline", "请选择一个工作日。")]);
        }

        return calendar.CountWorkingDays(start, deadline).Value;
    }
}
