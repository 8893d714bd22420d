namespace SanXiang.Domain.Disclosures.Masking;

/// <summary>
/// 第七条: the names of people other than the penalised party are hidden, as 某某 (not even the surname: they are not
/// the subject of the decision). A text does not say which words are names, so the staff member names them while
/// reading the preview; each is hidden wherever it appears, longest first so that 李四 does not split 李四光.
/// </summary>
public sealed class OtherPeopleMask : IMaskingRule
{
    public bool AppliesTo(MaskingContext context) => context?.IsCitizen == true;

    public string Apply(string text, MaskingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var masked = text ?? "";
        foreach (var name in context.OtherNames.Where(n => n.Length > 0 && n != context.Party.Name).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length))
        {
            masked = masked.Replace(name, "某某", StringComparison.Ordinal);
        }

        return masked;
    }
}
