namespace SanXiang.Domain.Integrity;

/// <summary>
/// SM3 (GB/T 32905-2016), the one implementation of the platform: the event chain, the Merkle log,
/// the SM2 checkpoint signatures and the uploads all hash with it. It uses OpenSSL's libcrypto
/// where that has SM3 and falls back to a managed implementation otherwise; both give the same
/// digests (<see cref="Implementation"/> says which one runs). An instance is incremental and
/// reusable, not thread-safe; dispose it to free the native context early.
/// </summary>
public sealed class Sm3 : IncrementalHasher, IDisposable
{
    /// <summary>GB/T 32905-2016 §4: the digest is 256 bits.</summary>
    public const int HashSizeInBytes = 32;

    private readonly SafeEvpMdContextHandle? native;
    private readonly ManagedSm3? managed;

    public Sm3()
        : this(OpenSslSm3.IsAvailable)
    {
    }

    // Internal so that the tests can run the managed path on a machine that has libcrypto.
    internal Sm3(bool useOpenSsl)
    {
        if (useOpenSsl)
        {
            native = OpenSsl.EVP_MD_CTX_new();
            if (native.IsInvalid)
            {
                throw new InvalidOperationException("EVP_MD_CTX_new failed: out of memory.");
            }

            Initialize(native);
        }
        else
        {
            managed = new ManagedSm3();
        }
    }

    /// <summary>True when SM3 runs in libcrypto, false when in managed code.</summary>
    public static bool UsesOpenSsl => OpenSslSm3.IsAvailable;

    /// <summary>What computes SM3 in this process, for the health report and the log.</summary>
    public static string Implementation => OpenSslSm3.IsAvailable
        ? $"OpenSSL libcrypto ({OpenSslSm3.Version})"
        : $"managed ({OpenSslSm3.Problem})";

    public override int HashSize => HashSizeInBytes;

    public override void Append(ReadOnlySpan<byte> data)
    {
        if (native is not null)
        {
            if (!data.IsEmpty && OpenSsl.EVP_DigestUpdate(native, data, (nuint)data.Length) != 1)
            {
                throw new InvalidOperationException("EVP_DigestUpdate failed.");
            }
        }
        else
        {
            managed!.Append(data);
        }
    }

    /// <summary>Writes the digest of everything appended into <paramref name="destination"/> and starts over.</summary>
    public int GetHashAndReset(Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, HashSizeInBytes, nameof(destination));
        if (native is not null)
        {
            if (OpenSsl.EVP_DigestFinal_ex(native, destination, out _) != 1)
            {
                throw new InvalidOperationException("EVP_DigestFinal_ex failed.");
            }

            Initialize(native);
        }
        else
        {
            managed!.FinishInto(destination);
        }

        return HashSizeInBytes;
    }

    public byte[] GetHashAndReset()
    {
        var hash = new byte[HashSizeInBytes];
        GetHashAndReset(hash);
        return hash;
    }

    public override void FinishInto(Span<byte> destination) => GetHashAndReset(destination);

    /// <summary>Forgets what was appended.</summary>
    public void Reset()
    {
        if (native is not null)
        {
            Initialize(native);
        }
        else
        {
            managed!.Reset();
        }
    }

    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var hash = new byte[HashSizeInBytes];
        Hash(data, hash);
        return hash;
    }

    public static int Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, HashSizeInBytes, nameof(destination));
        if (OpenSslSm3.IsAvailable)
        {
            // One call, no context to allocate: what the Merkle tree's many short hashes want.
            if (OpenSsl.EVP_Digest(data, (nuint)data.Length, destination, out _, OpenSslSm3.Md, IntPtr.Zero) != 1)
            {
                throw new InvalidOperationException("EVP_Digest failed.");
            }

            return HashSizeInBytes;
        }

        var sm3 = new ManagedSm3();
        sm3.Append(data);
        sm3.FinishInto(destination);
        return HashSizeInBytes;
    }

    public void Dispose() => native?.Dispose();

    private static void Initialize(SafeEvpMdContextHandle context)
    {
        if (OpenSsl.EVP_DigestInit_ex(context, OpenSslSm3.Md, IntPtr.Zero) != 1)
        {
            throw new InvalidOperationException("EVP_DigestInit_ex failed.");
        }
    }
}
