using SanXiang.Domain.Disclosures;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>A case's row of <c>disclosures</c> to write with its events.</summary>
public sealed record DisclosureWrite(DisclosureEntry Entry)
{
    /// <summary>The write that turns <paramref name="before"/>'s row into <paramref name="after"/>'s, or null when the row stays as it is (a disclosure is never taken back out).</summary>
    public static DisclosureWrite? Since(DisclosureEntry? before, DisclosureEntry? after) =>
        after is null || before == after ? null : new DisclosureWrite(after);
}
