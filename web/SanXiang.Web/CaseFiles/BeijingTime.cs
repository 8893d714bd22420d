using System.Globalization;

namespace SanXiang.Web.CaseFiles;

/// <summary>Times as the agencies read them: Beijing time (UTC+8, no daylight saving), whatever the server's zone.</summary>
internal static class BeijingTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset? at) =>
        at is { } time ? time.ToOffset(Offset).ToString("yyyy年M月d日 HH:mm:ss", CultureInfo.InvariantCulture) + "（北京时间）" : "—";
}
