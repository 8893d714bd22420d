using System.Security.Cryptography;

namespace SanXiang.Domain.Integrity;

internal sealed class Sha256IncrementalHasher : IncrementalHasher
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public override int HashSize => 32;

    public override void Append(ReadOnlySpan<byte> data) => hash.AppendData(data);

    // GetHashAndReset leaves the instance ready for the next message.
    public override void FinishInto(Span<byte> destination) => hash.GetHashAndReset(destination);
}
