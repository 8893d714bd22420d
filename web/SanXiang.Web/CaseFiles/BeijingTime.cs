using System.Globalization;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.CaseFiles;

/// <summary>Times as the agencies read them: Beijing time (UTC+8, no daylight saving), whatever the server's zone.</summary>
internal static class BeijingTime
{
    public static string Format(DateTimeOffset? at) =>
        at is { } time ? time.ToOffset(CaseDates.ChinaOffset).ToString("yyyy年M月d日 HH:mm:ss", CultureInfo.InvariantCulture) + "（北京时间）" : "—";
}
