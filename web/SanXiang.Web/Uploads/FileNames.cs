using System.Globalization;

namespace SanXiang.Web.Uploads;

/// <summary>
/// A file name is a name, never a path, and it reads as what it is: it is shown in case files and may one
/// day name a file on disk — on any system a supervising department uses to open the case file.
/// </summary>
internal static class FileNames
{
    public const int MaxLength = 255;

    // Characters that look like a path separator (∕ ⁄ ／ ＼ ∖ ⧸ ⧹ ﹨ ⁄) but are not one, so a name can pose as a path.
    private static readonly HashSet<char> LookalikeSlashes = ['\u2215', '\u2044', '\uFF0F', '\uFF3C', '\u2216', '\u29F8', '\u29F9', '\uFE68', '\u244A', '\u29F5'];

    // Names Windows reserves for devices, with or without an extension ("CON", "nul.txt", "COM1.mp4").
    private static readonly HashSet<string> DeviceNames = new(
        ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", .. Enumerable.Range(0, 10).SelectMany(i => new[] { $"COM{i}", $"LPT{i}" }), "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"],
        StringComparer.OrdinalIgnoreCase);

    public static bool IsPlain(string name) => Problem(name) is null;

    /// <summary>Why <paramref name="name"/> is not a plain file name, in Chinese; null when it is one.</summary>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > MaxLength)
        {
            return $"文件名长度须为 1—{MaxLength} 个字符";
        }

        if (name is "." or ".." || name.Contains("..", StringComparison.Ordinal) || name.IndexOfAny(['/', '\\']) >= 0)
        {
            return "文件名不得包含路径（/、\\、..）";
        }

        if (name.Any(LookalikeSlashes.Contains))
        {
            return "文件名不得包含形似斜杠的字符（如 ∕ ⁄ ／ ＼）";
        }

        // Control characters, and format characters: right-to-left overrides and isolates (which make
        // "gpj.exe" read as "exe.jpg"), zero-width characters, soft hyphens.
        if (name.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
        {
            return "文件名不得包含控制字符或方向控制字符（如 U+202E）";
        }

        if (string.IsNullOrWhiteSpace(name) || char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[^1]) || name[^1] == '.')
        {
            return "文件名不得为空白，也不得以空格开头或以空格、句点结尾";
        }

        if (name.IndexOfAny([':', '*', '?', '"', '<', '>', '|']) >= 0)
        {
            return "文件名不得包含 : * ? \" < > | 等字符";
        }

        var stem = name.Split('.')[0].TrimEnd();
        return DeviceNames.Contains(stem) ? $"“{stem}”是系统保留的设备名，不能作为文件名" : null;
    }
}
