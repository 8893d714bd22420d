using System.Diagnostics.CodeAnalysis;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// A hash function the event chain and the Merkle log can use, identified by a stable name that
/// is stored with every event so a chain stays verifiable after the tenant's default changes.
/// </summary>
public abstract class ChainHashAlgorithm
{
    /// <summary>SM3 per GB/T 32905-2016, the national standard and the default.</summary>
    public static ChainHashAlgorithm Sm3 { get; } = new Sm3ChainHashAlgorithm();

    /// <summary>SHA-256 per FIPS 180-4, selectable per tenant.</summary>
    public static ChainHashAlgorithm Sha256 { get; } = new Sha256ChainHashAlgorithm();

    public static ChainHashAlgorithm Default => Sm3;

    /// <summary>The stored name: "SM3" or "SHA-256". Never rename one: old events carry it.</summary>
    public abstract string Name { get; }

    /// <summary>Digest length in bytes (32 for both algorithms).</summary>
    public abstract int HashSize { get; }

    /// <summary>A reusable, non-thread-safe hasher; cheaper than <see cref="Hash"/> in loops.</summary>
    public abstract IncrementalHasher CreateHasher();

    public virtual byte[] Hash(ReadOnlySpan<byte> data)
    {
        var hasher = CreateHasher();
        hasher.Append(data);
        var hash = new byte[HashSize];
        hasher.FinishInto(hash);
        return hash;
    }

    public static bool TryGet(string? name, [NotNullWhen(true)] out ChainHashAlgorithm? algorithm)
    {
        algorithm = name switch
        {
            "SM3" => Sm3,
            "SHA-256" => Sha256,
            _ => null,
        };
        return algorithm is not null;
    }

    public static ChainHashAlgorithm Get(string name) =>
        TryGet(name, out var algorithm)
            ? algorithm
            : throw new ArgumentException($"不支持的哈希算法“{name}”，可用：SM3、SHA-256。", nameof(name));

    public override string ToString() => Name;
}
