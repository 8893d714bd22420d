using SanXiang.Domain.Integrity;

namespace SanXiang.Web.Uploads;

/// <summary>
/// The in-memory side of an unfinished upload: one writer at a time, and the running SHA-256 and
/// SM3 of the bytes received so far.
/// </summary>
/// <remarks>
/// The hash state is not serialised: .NET's SHA-256 cannot export its state, nor can OpenSSL's
/// SM3 through its public API. Instead <see cref="HashedTo"/> says how far the state reaches; when it does not match the
/// part file (after a restart, a refused chunk or a failed write) the part file is hashed again from
/// disk, with a fixed buffer. That costs one read of the bytes already received, once per restart,
/// and keeps the state exactly what is on disk — no file format to version, no way to drift.
/// </remarks>
internal sealed class UploadSession
{
    public const long Unknown = -1;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public IncrementalHasher Sha256 { get; private set; } = ChainHashAlgorithm.Sha256.CreateHasher();

    public Sm3 Sm3 { get; private set; } = new();

    /// <summary>How many bytes of the part file the hashers have seen, or <see cref="Unknown"/>.</summary>
    public long HashedTo { get; set; } = Unknown;

    public void Restart()
    {
        Sha256 = ChainHashAlgorithm.Sha256.CreateHasher();
        // The old hasher holds a native context; free it now rather than at finalisation.
        Sm3.Dispose();
        Sm3 = new Sm3();
        HashedTo = 0;
    }
}
