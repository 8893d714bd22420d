using SanXiang.Domain.Integrity;

namespace SanXiang.Web.Uploads;

/// <summary>
/// The in-memory side of an unfinished upload in this process: one writer at a time, and the running
/// SM3 of the bytes received so far — the one hash of the whole file (issue 9: one hash per byte).
/// </summary>
/// <remarks>
/// The hash state is not serialised: OpenSSL's SM3 cannot export its state through its public API.
/// Instead <see cref="HashedTo"/> says how far the state reaches; when it does not match the part
/// (after a restart, a refused chunk, a failed write, or PATCHes that went to another web host of
/// the cluster) the part is hashed again from the store, with a fixed buffer. That costs one read
/// of the bytes already received, and keeps the state exactly what is stored — no format to version.
/// </remarks>
internal sealed class UploadSession
{
    public const long Unknown = -1;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public Sm3 Sm3 { get; private set; } = new();

    /// <summary>How many bytes of the part the hasher has seen, or <see cref="Unknown"/>.</summary>
    public long HashedTo { get; set; } = Unknown;

    public void Restart()
    {
        // The old hasher holds a native context; free it now rather than at finalisation.
        Sm3.Dispose();
        Sm3 = new Sm3();
        HashedTo = 0;
    }
}
