namespace SanXiang.Silo.Host.Catalog;

/// <summary>The catalog cannot be loaded; nothing of it was written. Start-up stops with this.</summary>
public sealed class CatalogException : Exception
{
    public CatalogException(string directory, IReadOnlyList<CatalogError> errors)
        : base(Describe(directory, errors))
    {
        Errors = errors;
    }

    public CatalogException()
        : this("目录数据无法载入。")
    {
    }

    public CatalogException(string message)
        : base(message)
    {
        Errors = [];
    }

    public CatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<CatalogError> Errors { get; }

    private static string Describe(string directory, IReadOnlyList<CatalogError> errors) =>
        $"目录数据（{directory}）有 {errors.Count} 处错误，未载入任何机关：{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
