using System.Data.Common;
using SanXiang.Silo.Agencies;

namespace SanXiang.Silo.Grains.Agencies.ReadModel;

/// <summary>How a profile maps to a row of <c>agency_directory</c>, one place for the writer and the queries.</summary>
internal static class AgencyRows
{
    public static readonly string[] Columns =
        ["id", "name", "level", "sector", "region_code", "parent_id", "credit_code", "onboarded", "source", "document_code"];

    /// <summary>The profile columns, qualified by <paramref name="alias"/>, in the order <see cref="Read"/> expects.</summary>
    public static string Select(string alias) => string.Join(", ", Columns.Select(c => $"{alias}.{c}"));

    /// <summary>The values of <see cref="Columns"/>, then <c>child_count</c> and <c>version</c>.</summary>
    public static object?[] Values(AgencyProfile profile, int childCount, long version) =>
    [
        profile.Id, profile.Name, profile.Level.ToString(), profile.Sector, profile.RegionCode, profile.ParentId,
        profile.CreditCode, profile.Onboarded, profile.Source, profile.DocumentCode, childCount, version,
    ];

    /// <summary>Reads the profile from the columns that start at <paramref name="first"/>.</summary>
    public static AgencyProfile Read(DbDataReader reader, int first = 0) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        Enum.Parse<AgencyLevel>(reader.GetString(first + 2)),
        reader.GetString(first + 3),
        reader.GetString(first + 4),
        Text(reader, first + 5),
        Text(reader, first + 6),
        // INTEGER 0/1 on SQLite, boolean on PostgreSQL.
        Convert.ToBoolean(reader.GetValue(first + 7), System.Globalization.CultureInfo.InvariantCulture),
        Text(reader, first + 8),
        Text(reader, first + 9));

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
