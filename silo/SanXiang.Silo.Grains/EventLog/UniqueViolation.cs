using Microsoft.Data.Sqlite;
using Npgsql;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>Recognises a primary-key or unique violation: another writer took the sequence number first.</summary>
internal static class UniqueViolation
{
    // SQLITE_CONSTRAINT_PRIMARYKEY and SQLITE_CONSTRAINT_UNIQUE; PostgreSQL unique_violation.
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;

    public static bool Is(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
