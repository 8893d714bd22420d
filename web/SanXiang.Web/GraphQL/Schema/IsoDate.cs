using System.Globalization;

namespace SanXiang.Web.GraphQL.Schema;

/// <summary>Dates travel as ISO <c>yyyy-MM-dd</c> strings, which every client parses and no time zone distorts.</summary>
public static class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } value ? Format(value) : null;
}
