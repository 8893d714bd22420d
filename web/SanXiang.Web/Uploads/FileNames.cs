namespace SanXiang.Web.Uploads;

/// <summary>A file name is a name, never a path: it is shown in case files and may one day name a file on disk.</summary>
internal static class FileNames
{
    public const int MaxLength = 255;

    public static bool IsPlain(string name) =>
        name.Length is > 0 and <= MaxLength
        && name is not ("." or "..")
        && !name.Contains("..", StringComparison.Ordinal)
        && name.IndexOfAny(['/', '\\']) < 0
        && !name.Any(char.IsControl);
}
