using System.Security.Cryptography;
using System.Text;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// A tenant's catalog version: SHA-256 over its files' names and bytes, in name order. The grains
/// compare it, so an unchanged catalog writes nothing on the next start.
/// </summary>
internal static class CatalogVersion
{
    public static string Of(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
            hash.AppendData(bytes);
            hash.AppendData("\0"u8);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
