using System.Text;

namespace SanXiang.Silo.Grains.CaseFiles;

/// <summary>Entry names in the case file: the original file name, made safe, and unique within the zip.</summary>
internal sealed class ZipEntryNames
{
    private const string Unsafe = "\\/:*?\"<>|";

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><paramref name="folder"/> + the file's own name; a name already taken becomes "name (2).ext", "name (3).ext" ….</summary>
    public string Claim(string folder, string? fileName, string fallback)
    {
        var name = Clean(fileName);
        if (name.Length == 0)
        {
            name = fallback;
        }

        var candidate = folder + name;
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{folder}{stem} ({n}){extension}";
        }

        return candidate;
    }

    // The stored name is what the officer's device called it; a path segment in it must not escape the folder.
    private static string Clean(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return string.Empty;
        }

        var last = fileName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        var builder = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            builder.Append(char.IsControl(c) || Unsafe.Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        var cleaned = builder.ToString().Trim().TrimEnd('.');
        return cleaned is "." or ".." ? string.Empty : cleaned;
    }
}
