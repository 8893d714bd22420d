using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Components.Cases;

/// <summary>The agencies are in China: times on the case pages are Beijing time, whatever the server's zone.</summary>
public static class CaseTime
{
    public static DateTimeOffset Beijing(DateTimeOffset at) => at.ToOffset(CaseDates.ChinaOffset);

    public static string Format(DateTimeOffset at) => Beijing(at).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
