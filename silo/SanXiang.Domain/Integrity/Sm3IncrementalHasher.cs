using Org.BouncyCastle.Crypto.Digests;

namespace SanXiang.Domain.Integrity;

// .NET has no SM3; BouncyCastle's SM3Digest implements GB/T 32905-2016 and is pure managed code.
internal sealed class Sm3IncrementalHasher : IncrementalHasher
{
    private readonly SM3Digest digest = new();

    public override int HashSize => 32;

    public override void Append(ReadOnlySpan<byte> data) => digest.BlockUpdate(data);

    // DoFinal resets the digest, which is what FinishInto promises.
    public override void FinishInto(Span<byte> destination) => digest.DoFinal(destination);
}
