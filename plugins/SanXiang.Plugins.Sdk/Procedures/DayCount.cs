namespace SanXiang.Plugins;

public enum DayCount
{
    /// <summary>自然日</summary>
    CalendarDays,

    /// <summary>工作日 (行政处罚法 第八十五条: the 2/3/5/7-day periods exclude statutory holidays)</summary>
    WorkingDays,
}
