using System.Globalization;

namespace SanXiang.Benchmarks;

/// <summary><c>--name value</c> pairs after the command word.</summary>
internal static class CommandOptions
{
    public static string? Get(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static int GetInt(string[] args, string name, int fallback) =>
        Get(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
