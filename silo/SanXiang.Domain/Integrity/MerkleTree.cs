using System.Numerics;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// The Merkle tree of RFC 6962 §2.1 over a tenant's log, generic over the hash (SM3 by default).
/// Each tenant's leaves are its events in append order, leaf data being the event's chain hash, so a
/// signed tree head vouches for every event and its position at once.
/// </summary>
/// <remarks>
/// Trees are passed as their leaf hashes (<see cref="HashLeaf"/> already applied); proof generation is
/// O(n) hashing over them, which the domain needs only for tests and small logs — storage will cache
/// subtree hashes. Verification follows RFC 9162 §2.1.3.2 and §2.1.4.2 and needs only the proof.
/// </remarks>
public static class MerkleTree
{
    /// <summary>RFC 6962 §2.1: MTH({}) = HASH(), the hash of the empty string.</summary>
    public static byte[] EmptyRoot(ChainHashAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        return algorithm.Hash([]);
    }

    /// <summary>RFC 6962 §2.1: MTH({d}) = HASH(0x00 || d); the prefix keeps leaves and nodes apart (second preimages).</summary>
    public static byte[] HashLeaf(ChainHashAlgorithm algorithm, ReadOnlySpan<byte> leafData)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        var hasher = algorithm.CreateHasher();
        hasher.Append([0x00]);
        hasher.Append(leafData);
        var hash = new byte[algorithm.HashSize];
        hasher.FinishInto(hash);
        return hash;
    }

    /// <summary>RFC 6962 §2.1: HASH(0x01 || left || right).</summary>
    public static byte[] HashChildren(ChainHashAlgorithm algorithm, ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        var hasher = algorithm.CreateHasher();
        hasher.Append([0x01]);
        hasher.Append(left);
        hasher.Append(right);
        var hash = new byte[algorithm.HashSize];
        hasher.FinishInto(hash);
        return hash;
    }

    /// <summary>The tree head MTH(D[n]) over all of <paramref name="leafHashes"/>.</summary>
    public static byte[] RootHash(ChainHashAlgorithm algorithm, IReadOnlyList<byte[]> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        return leafHashes.Count == 0 ? EmptyRoot(algorithm) : Subtree(algorithm, leafHashes, 0, leafHashes.Count);
    }

    /// <summary>RFC 6962 §2.1.1 PATH(m, D[n]): the audit path of leaf <paramref name="index"/>, leaf to root.</summary>
    public static IReadOnlyList<byte[]> InclusionProof(ChainHashAlgorithm algorithm, IReadOnlyList<byte[]> leafHashes, int index)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, leafHashes.Count);
        var proof = new List<byte[]>();
        Path(algorithm, leafHashes, index, 0, leafHashes.Count, proof);
        return proof;
    }

    /// <summary>
    /// RFC 6962 §2.1.2 PROOF(m, D[n]) between the first <paramref name="oldSize"/> leaves and all of them.
    /// Empty when the sizes are equal or the old tree is empty, as RFC 9162 §2.1.4 has it.
    /// </summary>
    public static IReadOnlyList<byte[]> ConsistencyProof(ChainHashAlgorithm algorithm, IReadOnlyList<byte[]> leafHashes, int oldSize)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, leafHashes.Count);
        var proof = new List<byte[]>();
        if (oldSize > 0 && oldSize < leafHashes.Count)
        {
            Subproof(algorithm, leafHashes, oldSize, 0, leafHashes.Count, true, proof);
        }

        return proof;
    }

    /// <summary>RFC 9162 §2.1.3.2: does <paramref name="proof"/> show the leaf at <paramref name="index"/> in the tree of <paramref name="treeSize"/> with <paramref name="rootHash"/>?</summary>
    public static bool VerifyInclusion(
        ChainHashAlgorithm algorithm,
        long index,
        long treeSize,
        ReadOnlySpan<byte> leafHash,
        IReadOnlyList<byte[]> proof,
        ReadOnlySpan<byte> rootHash)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentNullException.ThrowIfNull(proof);
        if (index < 0 || index >= treeSize || !AllHashSized(algorithm, proof) || leafHash.Length != algorithm.HashSize)
        {
            return false;
        }

        var fn = (ulong)index;
        var sn = (ulong)(treeSize - 1);
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = HashChildren(algorithm, p, r);
                if ((fn & 1) == 0)
                {
                    // The right edge of an unbalanced tree: climb past levels where this node has no sibling.
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                r = HashChildren(algorithm, r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && r.AsSpan().SequenceEqual(rootHash);
    }

    /// <summary>RFC 9162 §2.1.4.2: is the tree of <paramref name="newSize"/> an append-only extension of the one of <paramref name="oldSize"/>?</summary>
    public static bool VerifyConsistency(
        ChainHashAlgorithm algorithm,
        long oldSize,
        long newSize,
        IReadOnlyList<byte[]> proof,
        ReadOnlySpan<byte> oldRoot,
        ReadOnlySpan<byte> newRoot)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentNullException.ThrowIfNull(proof);
        if (oldSize < 0 || newSize < oldSize || !AllHashSized(algorithm, proof))
        {
            return false;
        }

        if (oldSize == newSize)
        {
            return proof.Count == 0 && oldRoot.SequenceEqual(newRoot);
        }

        if (oldSize == 0)
        {
            // Every tree extends the empty one; RFC 6962 defines no proof for it.
            return proof.Count == 0 && oldRoot.SequenceEqual(EmptyRoot(algorithm));
        }

        if (proof.Count == 0)
        {
            return false;
        }

        // When the old tree is a complete subtree its root is a node of the new tree, and the proof leaves it out.
        var start = 0;
        byte[] fr;
        if (BitOperations.IsPow2((ulong)oldSize))
        {
            fr = oldRoot.ToArray();
        }
        else
        {
            fr = proof[0];
            start = 1;
        }

        var sr = fr;
        var fn = (ulong)(oldSize - 1);
        var sn = (ulong)(newSize - 1);
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        for (var i = start; i < proof.Count; i++)
        {
            var c = proof[i];
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = HashChildren(algorithm, c, fr);
                sr = HashChildren(algorithm, c, sr);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                sr = HashChildren(algorithm, sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && fr.AsSpan().SequenceEqual(oldRoot) && sr.AsSpan().SequenceEqual(newRoot);
    }

    // RFC 6962 §2.1: k is the largest power of two smaller than n.
    // Shift before narrowing: for n above 2^30 the rounded-up power is 2^31, which does not fit an int.
    private static int Split(int n) => (int)(BitOperations.RoundUpToPowerOf2((uint)n) >> 1);

    private static byte[] Subtree(ChainHashAlgorithm algorithm, IReadOnlyList<byte[]> leaves, int start, int count)
    {
        if (count == 1)
        {
            return leaves[start];
        }

        var k = Split(count);
        return HashChildren(algorithm, Subtree(algorithm, leaves, start, k), Subtree(algorithm, leaves, start + k, count - k));
    }

    private static void Path(ChainHashAlgorithm algorithm, IReadOnlyList<byte[]> leaves, int m, int start, int count, List<byte[]> proof)
    {
        if (count == 1)
        {
            return;
        }

        var k = Split(count);
        if (m < k)
        {
            Path(algorithm, leaves, m, start, k, proof);
            proof.Add(Subtree(algorithm, leaves, start + k, count - k));
        }
        else
        {
            Path(algorithm, leaves, m - k, start + k, count - k, proof);
            proof.Add(Subtree(algorithm, leaves, start, k));
        }
    }

    private static void Subproof(ChainHashAlgorithm algorithm, IReadOnlyList<byte[]> leaves, int m, int start, int count, bool wholeOldTree, List<byte[]> proof)
    {
        if (m == count)
        {
            // The old tree's root is known to the verifier only if it is the whole old tree.
            if (!wholeOldTree)
            {
                proof.Add(Subtree(algorithm, leaves, start, count));
            }

            return;
        }

        var k = Split(count);
        if (m <= k)
        {
            Subproof(algorithm, leaves, m, start, k, wholeOldTree, proof);
            proof.Add(Subtree(algorithm, leaves, start + k, count - k));
        }
        else
        {
            Subproof(algorithm, leaves, m - k, start + k, count - k, false, proof);
            proof.Add(Subtree(algorithm, leaves, start, k));
        }
    }

    private static bool AllHashSized(ChainHashAlgorithm algorithm, IReadOnlyList<byte[]> proof)
    {
        foreach (var node in proof)
        {
            if (node is null || node.Length != algorithm.HashSize)
            {
                return false;
            }
        }

        return true;
    }
}
