namespace SanXiang.Silo.Grains;

/// <summary>Names the silo composition and the grains agree on.</summary>
public static class Names
{
    /// <summary>The grain-state provider: ADO.NET on SQLite or PostgreSQL, configured by the host.</summary>
    public const string Storage = "sanxiang";
}
