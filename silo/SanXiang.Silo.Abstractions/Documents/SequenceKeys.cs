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
}
