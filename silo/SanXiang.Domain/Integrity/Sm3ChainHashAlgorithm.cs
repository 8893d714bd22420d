namespace SanXiang.Domain.Integrity;

internal sealed class Sm3ChainHashAlgorithm : ChainHashAlgorithm
{
    public override string Name => "SM3";

    // GB/T 32905-2016 §4: the SM3 digest is 256 bits.
    public override int HashSize => Integrity.Sm3.HashSizeInBytes;

    public override IncrementalHasher CreateHasher() => new Integrity.Sm3();

    public override byte[] Hash(ReadOnlySpan<byte> data) => Integrity.Sm3.Hash(data);
}
