using System.Text.RegularExpressions;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// A tenant id as the catalog may use it: it becomes the first part of every grain key, a folder
/// name and part of demo user names, so it stays plain ASCII and can never be the platform prefix.
/// </summary>
internal static partial class TenantId
{
    public static bool IsValid(string id) => Pattern().IsMatch(id) && id != GrainKeys.Platform;

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex Pattern();
}
