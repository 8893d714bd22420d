namespace SanXiang.Domain.Integrity;

/// <summary>
/// Feeds bytes into a hash and finishes into a caller's buffer, so verifying a long chain reuses one
/// hasher instead of allocating per event. Not thread-safe.
/// </summary>
public abstract class IncrementalHasher
{
    public abstract int HashSize { get; }

    public abstract void Append(ReadOnlySpan<byte> data);

    /// <summary>Writes the digest into <paramref name="destination"/> and resets for the next message.</summary>
    public abstract void FinishInto(Span<byte> destination);
}
