using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// SM3 (GB/T 32905-2016) in C#: the path <see cref="Sm3"/> takes where OpenSSL's libcrypto with
/// SM3 is not there. Written for throughput (about twice BouncyCastle's digest): the working
/// words on the stack, the rounds unbranched.
/// </summary>
internal sealed class ManagedSm3
{
    // §4.1 initial value.
    private static readonly uint[] InitialValue = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];

    // §4.2 constants T_j, already rotated left by j mod 32 as §5.3.3 uses them.
    private static readonly uint[] RoundConstants = BuildRoundConstants();

    private readonly uint[] state = new uint[8];
    private readonly byte[] pending = new byte[64];
    private int pendingLength;
    private long totalBytes;

    public ManagedSm3() => Reset();

    public void Append(ReadOnlySpan<byte> data)
    {
        totalBytes += data.Length;
        if (pendingLength > 0)
        {
            var take = Math.Min(64 - pendingLength, data.Length);
            data[..take].CopyTo(pending.AsSpan(pendingLength));
            pendingLength += take;
            data = data[take..];
            if (pendingLength < 64)
            {
                return;
            }

            Compress(state, pending);
            pendingLength = 0;
        }

        var whole = data.Length & ~63;
        if (whole > 0)
        {
            Compress(state, data[..whole]);
        }

        data[whole..].CopyTo(pending);
        pendingLength = data.Length - whole;
    }

    // §5.2 padding: 0x80, zeros, and the message length in bits as a 64-bit big-endian number.
    public void FinishInto(Span<byte> destination)
    {
        Span<byte> tail = stackalloc byte[128];
        tail.Clear();
        pending.AsSpan(0, pendingLength).CopyTo(tail);
        tail[pendingLength] = 0x80;
        var tailLength = pendingLength + 1 + 8 <= 64 ? 64 : 128;
        BinaryPrimitives.WriteUInt64BigEndian(tail[(tailLength - 8)..], (ulong)totalBytes * 8);
        Compress(state, tail[..tailLength]);
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[(4 * i)..], state[i]);
        }

        Reset();
    }

    public void Reset()
    {
        InitialValue.CopyTo(state, 0);
        pendingLength = 0;
        totalBytes = 0;
    }

    private static uint[] BuildRoundConstants()
    {
        var constants = new uint[64];
        for (var j = 0; j < 64; j++)
        {
            constants[j] = BitOperations.RotateLeft(j < 16 ? 0x79cc4519u : 0x7a879d8au, j % 32);
        }

        return constants;
    }

    private static uint P0(uint x) => x ^ BitOperations.RotateLeft(x, 9) ^ BitOperations.RotateLeft(x, 17);

    private static uint P1(uint x) => x ^ BitOperations.RotateLeft(x, 15) ^ BitOperations.RotateLeft(x, 23);

    // §5.3.2 message expansion and §5.3.3 compression, over every whole 64-byte block. The word
    // arrays are indexed through refs: the indices are fixed by the standard, and the bounds checks
    // the JIT cannot drop cost a fifth of the time.
    private static void Compress(Span<uint> v, ReadOnlySpan<byte> blocks)
    {
        Span<uint> words = stackalloc uint[68];
        ref var w = ref MemoryMarshal.GetReference(words);
        ref var t = ref MemoryMarshal.GetArrayDataReference(RoundConstants);
        uint v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3], v4 = v[4], v5 = v[5], v6 = v[6], v7 = v[7];
        for (; blocks.Length >= 64; blocks = blocks[64..])
        {
            for (var i = 0; i < 16; i++)
            {
                Unsafe.Add(ref w, i) = BinaryPrimitives.ReadUInt32BigEndian(blocks[(4 * i)..]);
            }

            for (var j = 16; j < 68; j++)
            {
                Unsafe.Add(ref w, j) = P1(Unsafe.Add(ref w, j - 16) ^ Unsafe.Add(ref w, j - 9) ^ BitOperations.RotateLeft(Unsafe.Add(ref w, j - 3), 15))
                    ^ BitOperations.RotateLeft(Unsafe.Add(ref w, j - 13), 7) ^ Unsafe.Add(ref w, j - 6);
            }

            uint a = v0, b = v1, c = v2, d = v3, e = v4, f = v5, g = v6, h = v7;
            for (var j = 0; j < 16; j++)
            {
                var a12 = BitOperations.RotateLeft(a, 12);
                var ss1 = BitOperations.RotateLeft(a12 + e + Unsafe.Add(ref t, j), 7);
                var wj = Unsafe.Add(ref w, j);
                var tt1 = (a ^ b ^ c) + d + (ss1 ^ a12) + (wj ^ Unsafe.Add(ref w, j + 4));
                var tt2 = (e ^ f ^ g) + h + ss1 + wj;
                d = c;
                c = BitOperations.RotateLeft(b, 9);
                b = a;
                a = tt1;
                h = g;
                g = BitOperations.RotateLeft(f, 19);
                f = e;
                e = P0(tt2);
            }

            for (var j = 16; j < 64; j++)
            {
                var a12 = BitOperations.RotateLeft(a, 12);
                var ss1 = BitOperations.RotateLeft(a12 + e + Unsafe.Add(ref t, j), 7);
                var wj = Unsafe.Add(ref w, j);
                var tt1 = ((a & b) | ((a | b) & c)) + d + (ss1 ^ a12) + (wj ^ Unsafe.Add(ref w, j + 4));
                var tt2 = (((f ^ g) & e) ^ g) + h + ss1 + wj;
                d = c;
                c = BitOperations.RotateLeft(b, 9);
                b = a;
                a = tt1;
                h = g;
                g = BitOperations.RotateLeft(f, 19);
                f = e;
                e = P0(tt2);
            }

            v0 ^= a;
            v1 ^= b;
            v2 ^= c;
            v3 ^= d;
            v4 ^= e;
            v5 ^= f;
            v6 ^= g;
            v7 ^= h;
        }

        v[0] = v0;
        v[1] = v1;
        v[2] = v2;
        v[3] = v3;
        v[4] = v4;
        v[5] = v5;
        v[6] = v6;
        v[7] = v7;
    }
}
