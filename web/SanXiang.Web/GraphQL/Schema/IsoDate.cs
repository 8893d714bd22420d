using System.Globalization;
using SanXiang.Domain.Errors;

namespace SanXiang.Web.GraphQL.Schema;

/// <summary>Dates travel as ISO <c>yyyy-MM-dd</c> strings, which every client parses and no time zone distorts.</summary>
public static class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } value ? Format(value) : null;

    /// <summary>A date the caller sent; VALIDATION_FAILED naming <paramref name="label"/> when it is not yyyy-MM-dd.</summary>
    public static DateOnly Parse(string? text, string label) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new SanXiangException(ErrorCodes.ValidationFailed, $"{label}“{text}”应为 yyyy-MM-dd 格式的日期。");
}
