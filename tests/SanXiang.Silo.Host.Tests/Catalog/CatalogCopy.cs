namespace SanXiang.Silo.Host.Tests.Catalog;

/// <summary>A throw-away copy of the shipped catalog that a test may break.</summary>
public sealed class CatalogCopy : IDisposable
{
    public static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "catalog");

    public CatalogCopy()
    {
        Directory = Path.Combine(Path.GetTempPath(), "sanxiang-catalog-" + Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.EnumerateFiles(Shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(Shipped, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public string[] ReadLines(string file) => File.ReadAllLines(Path.Combine(Directory, file));

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(Directory, file), text);

    /// <summary>Replaces the one occurrence of <paramref name="oldText"/> and returns its 1-based line.</summary>
    public int Replace(string file, string oldText, string newText)
    {
        var path = Path.Combine(Directory, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(oldText, at + 1, StringComparison.Ordinal) < 0, $"“{oldText}” should occur once in {file}.");
        File.WriteAllText(path, text[..at] + newText + text[(at + oldText.Length)..]);
        return text[..at].Count(c => c == '\n') + 1;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
