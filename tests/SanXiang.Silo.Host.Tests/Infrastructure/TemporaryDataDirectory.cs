using Microsoft.Data.Sqlite;

namespace SanXiang.Silo.Host.Tests.Infrastructure;

/// <summary>
/// A data directory of its own for a test class (SQLite file, keys, plugins' samples), deleted
/// afterwards. Pooled SQLite connections keep the file open, so they are closed first.
/// </summary>
public abstract class TemporaryDataDirectory(string prefix) : IAsyncLifetime
{
    protected string DataDir { get; } = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDir))
        {
            Directory.Delete(DataDir, recursive: true);
        }

        return Task.CompletedTask;
    }
}
