namespace SanXiang.Silo.Host;

/// <summary>The <c>SanXiang</c> configuration section (environment: <c>SanXiang__DataDir</c>, …).</summary>
public sealed class SanXiangOptions
{
    public const string Section = "SanXiang";

    /// <summary>Where the SQLite file, data-protection keys and (later) evidence files live. Relative paths are taken from the working directory.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>
    /// Where the sector plugins are, one subfolder each (<c>&lt;Name&gt;/&lt;Name&gt;.dll</c>). Relative
    /// paths are taken from the app's folder, where the build publishes the repository's plugins.
    /// </summary>
    public string PluginsDir { get; set; } = "plugins";

    public StorageOptions Storage { get; set; } = new();

    public SanXiangSiloOptions Silo { get; set; } = new();

    public AdminOptions Admin { get; set; } = new();

    /// <summary>Demo accounts for the seed agencies. Null means the default: on for SQLite, off for PostgreSQL.</summary>
    public bool? DemoData { get; set; }

    public string FullDataDir => Path.GetFullPath(DataDir);

    public string FullPluginsDir => Path.GetFullPath(PluginsDir, AppContext.BaseDirectory);

    public bool DemoDataEnabled => DemoData ?? Storage.Provider == StorageProvider.Sqlite;
}

public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;
}

public sealed class AdminOptions
{
    public string UserName { get; set; } = "admin";

    /// <summary>The platform administrator's first password; if empty, one is generated and printed once.</summary>
    public string? Password { get; set; }
}

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
