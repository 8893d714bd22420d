namespace SanXiang.Web.Calendar;

/// <summary>Where a holiday line comes from: the shipped notices, a notice the administrator entered, or the statute alone.</summary>
public enum CalendarLineMark
{
    Official,
    Amended,
    Provisional,
}
