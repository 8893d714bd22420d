namespace SanXiang.Domain.Integrity;

/// <summary>
/// RFC 6962 proofs as lists of leaf ranges, and each range as the perfect subtrees that cover it, so that
/// a store holding the hashes of perfect subtrees answers a proof by reading O(log n) of them instead of
/// every leaf (the idea of C2SP tlog-tiles). Every hash in an RFC 6962 proof is MTH of a range [start, end)
/// whose start is a multiple of the largest power of two not above its length; such a range is covered,
/// left to right, by one perfect subtree per set bit of its length, and its MTH is their right fold.
/// </summary>
public static class MerkleSubtrees
{
    /// <summary>RFC 6962 §2.1.1 PATH(index, D[size]) as leaf ranges, leaf to root.</summary>
    public static IReadOnlyList<(long Start, long End)> InclusionRanges(long index, long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        var ranges = new List<(long, long)>();
        Path(index, 0, size, ranges);
        return ranges;
    }

    /// <summary>RFC 6962 §2.1.2 PROOF(oldSize, D[newSize]) as leaf ranges; empty when either tree is empty or both are equal.</summary>
    public static IReadOnlyList<(long Start, long End)> ConsistencyRanges(long oldSize, long newSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        var ranges = new List<(long, long)>();
        if (oldSize > 0 && oldSize < newSize)
        {
            Subproof(oldSize, 0, newSize, true, ranges);
        }

        return ranges;
    }

    /// <summary>The perfect subtrees (level, index) covering [start, end), leftmost first; node (l, i) holds leaves [i·2^l, (i+1)·2^l).</summary>
    public static IReadOnlyList<(int Level, long Index)> Cover(long start, long end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        var cover = new List<(int, long)>();
        var position = start;
        var length = end - start;
        for (var level = 62; level >= 0; level--)
        {
            var width = 1L << level;
            if ((length & width) == 0)
            {
                continue;
            }

            if (position % width != 0)
            {
                throw new ArgumentException($"区间 [{start}, {end}) 不是 RFC 6962 树中的子树区间。", nameof(start));
            }

            cover.Add((level, position >> level));
            position += width;
        }

        return cover;
    }

    /// <summary>MTH of a range from the hashes of its <see cref="Cover"/>, leftmost first: HASH(0x01 ‖ first ‖ MTH(rest)).</summary>
    public static byte[] Fold(ChainHashAlgorithm algorithm, IReadOnlyList<byte[]> cover)
    {
        ArgumentNullException.ThrowIfNull(cover);
        ArgumentOutOfRangeException.ThrowIfZero(cover.Count);
        var hash = cover[^1];
        for (var i = cover.Count - 2; i >= 0; i--)
        {
            hash = MerkleTree.HashChildren(algorithm, cover[i], hash);
        }

        return hash;
    }

    // RFC 6962 §2.1: k is the largest power of two smaller than n.
    private static long Split(long n) => (long)(System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)n) >> 1);

    private static void Path(long m, long start, long count, List<(long, long)> ranges)
    {
        if (count == 1)
        {
            return;
        }

        var k = Split(count);
        if (m < k)
        {
            Path(m, start, k, ranges);
            ranges.Add((start + k, start + count));
        }
        else
        {
            Path(m - k, start + k, count - k, ranges);
            ranges.Add((start, start + k));
        }
    }

    private static void Subproof(long m, long start, long count, bool wholeOldTree, List<(long, long)> ranges)
    {
        if (m == count)
        {
            if (!wholeOldTree)
            {
                ranges.Add((start, start + count));
            }

            return;
        }

        var k = Split(count);
        if (m <= k)
        {
            Subproof(m, start, k, wholeOldTree, ranges);
            ranges.Add((start + k, start + count));
        }
        else
        {
            Subproof(m - k, start + k, count - k, false, ranges);
            ranges.Add((start, start + k));
        }
    }
}
