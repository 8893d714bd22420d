using Org.BouncyCastle.Crypto;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// <see cref="Sm3"/> in BouncyCastle's digest shape, so that SM2 signing (Z_A and e = SM3(Z_A || M),
/// GM/T 0003.2 §6.1) hashes with the platform's one SM3 rather than BouncyCastle's own.
/// </summary>
internal sealed class Sm3Digest : IDigest
{
    private readonly Sm3 sm3 = new();

    public string AlgorithmName => "SM3";

    public int GetDigestSize() => Sm3.HashSizeInBytes;

    // GB/T 32905-2016 §5.2: 512-bit blocks.
    public int GetByteLength() => 64;

    public void Update(byte input) => sm3.Append([input]);

    public void BlockUpdate(byte[] input, int inOff, int inLen) => sm3.Append(input.AsSpan(inOff, inLen));

    public void BlockUpdate(ReadOnlySpan<byte> input) => sm3.Append(input);

    public int DoFinal(byte[] output, int outOff) => sm3.GetHashAndReset(output.AsSpan(outOff));

    public int DoFinal(Span<byte> output) => sm3.GetHashAndReset(output);

    public void Reset() => sm3.Reset();
}
