using System.Globalization;
using SanXiang.Domain.Errors;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>Times travel as ISO 8601 strings with their offset (round-trip format), as <c>login.expiresAt</c> does.</summary>
public static class IsoTime
{
    public static string Format(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? time) => time is { } value ? Format(value) : null;

    public static DateTimeOffset? Parse(string? text, string field) =>
        text is null
            ? null
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time)
                ? time
                : throw new SanXiangException(ErrorCodes.ValidationFailed, $"{field}“{text}”应为带时区的 ISO 8601 时间，例如 2026-03-01T09:30:00+08:00。");
}
