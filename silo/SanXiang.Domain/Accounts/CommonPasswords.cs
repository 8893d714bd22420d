using System.Reflection;

namespace SanXiang.Domain.Accounts;

/// <summary>
/// Passwords that attackers try first, shipped as data (README.md in this folder names the sources):
/// the 20 000 most frequent of the Xato corpus of ten million leaked passwords, and the 1 000 most
/// common in Chinese leaks. Compared without regard to case.
/// </summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return List.Value.Contains(password);
    }

    private static HashSet<string> Load()
    {
        var list = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "common-passwords-xato.txt", "common-passwords-zh.txt" })
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SanXiang.Domain.Accounts." + name)
                ?? throw new InvalidOperationException($"The embedded password list {name} is missing.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    list.Add(line);
                }
            }
        }

        return list;
    }
}
