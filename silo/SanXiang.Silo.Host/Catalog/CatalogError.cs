namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// One thing wrong (or worth a warning) in the catalog: the file relative to the catalog folder,
/// the 1-based line, or 0 when the problem is the file as a whole, and what is wrong, in Chinese.
/// </summary>
public sealed record CatalogError(string File, int Line, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{File} 第 {Line} 行：{Message}" : $"{File}：{Message}";
}
