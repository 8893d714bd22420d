namespace SanXiang.Silo.Host.Tests.Storage;

public sealed class SqliteStorageShould : StorageContract
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), $"sx-test-{Guid.NewGuid():N}");

    protected override Task<IReadOnlyDictionary<string, string?>> CreateStoreAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>
        {
            ["SanXiang:DataDir"] = dataDir,
            ["SanXiang:Storage:Provider"] = "Sqlite",
        });

    protected override Task DeleteStoreAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }

        return Task.CompletedTask;
    }
}
