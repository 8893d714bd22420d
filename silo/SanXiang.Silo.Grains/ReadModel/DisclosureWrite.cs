using SanXiang.Domain.Disclosures;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// A case's row of <c>disclosures</c> to write with its events; <see cref="Before"/> is the row it replaces (null for a new
/// row, and in a rebuild), from which the write takes the difference its indicator counts make (<see cref="EnforcementMeasures"/>).
/// </summary>
public sealed record DisclosureWrite(DisclosureEntry Entry, DisclosureEntry? Before = null)
{
    /// <summary>The write that turns <paramref name="before"/>'s row into <paramref name="after"/>'s, or null when the row stays as it is (a disclosure is never taken back out).</summary>
    public static DisclosureWrite? Since(DisclosureEntry? before, DisclosureEntry? after) =>
        after is null || before == after ? null : new DisclosureWrite(after, before);
}
