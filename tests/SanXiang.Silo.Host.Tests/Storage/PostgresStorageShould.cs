using SanXiang.Silo.Host.Tests.Infrastructure;

namespace SanXiang.Silo.Host.Tests.Storage;

public sealed class PostgresStorageShould : StorageContract
{
    private PostgresDatabase? database;

    protected override async Task<IReadOnlyDictionary<string, string?>> CreateStoreAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        return new Dictionary<string, string?>
        {
            ["SanXiang:Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
        };
    }

    protected override async Task DeleteStoreAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
