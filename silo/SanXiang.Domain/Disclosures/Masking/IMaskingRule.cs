namespace SanXiang.Domain.Disclosures.Masking;

/// <summary>One kind of personal data hidden from a published text; the rules run in order in <see cref="MaskingPipeline"/>.</summary>
public interface IMaskingRule
{
    /// <summary>Whether the rule applies to this party at all (most protect natural persons only).</summary>
    bool AppliesTo(MaskingContext context);

    string Apply(string text, MaskingContext context);
}
