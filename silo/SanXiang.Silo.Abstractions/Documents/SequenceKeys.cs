using System.Globalization;

namespace SanXiang.Silo.Documents;

public static class SequenceKeys
{
    /// <summary><c>{tenant}/{kind}/{year}</c>: numbers restart each year and run apart per document kind (DOMAIN.md §7).</summary>
    public static string For(string tenantId, string kind, int year)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (kind.Contains(GrainKeys.Separator, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A document kind cannot contain '{GrainKeys.Separator}': {kind}", nameof(kind));
        }

        return GrainKeys.For(tenantId, string.Create(CultureInfo.InvariantCulture, $"{kind}{GrainKeys.Separator}{year}"));
    }

    /// <summary>The parts of a key made by <see cref="For"/>.</summary>
    public static (string TenantId, string Kind, int Year) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split(GrainKeys.Separator);
        return parts.Length == 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? (parts[0], parts[1], year)
            : throw new ArgumentException($"Not a sequence key ({{tenant}}/{{kind}}/{{year}}): {key}", nameof(key));
    }
}
