using SanXiang.Domain.Calendar;
using SanXiang.Domain.Deadlines;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// The legal review's time limit. DOMAIN.md §6: the limits are local — 新田 gives the written opinion "within 5
/// working days of a complete submission"; the clock starts when the submission is complete and stops while the
/// handler supplies missing materials. There is no per-agency setting for it yet, so <see cref="DefaultWorkingDays"/>
/// is the one place the number lives. Working days are the platform calendar's (<see cref="WorkingDaysAfterRule"/>,
/// the rule every other working-day limit uses): the day of the submission is not counted, and the days from the
/// day after a supplement request up to the day of the resubmission do not count either.
/// </summary>
public static class ReviewTimeLimit
{
    public const int DefaultWorkingDays = 5;

    public const string Citation = "重大执法决定法制审核时限（新田：材料齐全之日起5个工作日内出具书面审核意见）";

    /// <summary>The working days left when the reviewer stops the clock on <paramref name="suspendedOn"/>, of <paramref name="daysLeft"/> left when it started on <paramref name="startedOn"/>.</summary>
    public static int LeftAfter(WorkingDayCalendar calendar, DateOnly startedOn, int daysLeft, DateOnly suspendedOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Math.Max(0, daysLeft - calendar.CountWorkingDays(startedOn, suspendedOn).Value);
    }

    /// <summary>The day <paramref name="daysLeft"/> working days after <paramref name="startedOn"/>, or the calendar's reason it cannot say.</summary>
    public static (DateOnly? Due, bool Provisional, string? Error) DueFrom(WorkingDayCalendar calendar, DateOnly startedOn, int daysLeft)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        try
        {
            var due = new WorkingDaysAfterRule("legal-review", Citation, "出具法制审核意见", daysLeft).Compute(calendar, startedOn);
            return (due.Due, due.Provisional, null);
        }
        catch (CalendarYearMissingException missing)
        {
            return (null, false, missing.Message);
        }
    }
}
