using SanXiang.Domain.Cases;

namespace SanXiang.Domain.Disclosures.Masking;

/// <summary>
/// The masking rules in the order they must run: the names first (a name may hold nothing else), then the long numbers
/// before the short ones, so a bank account is not taken for a phone number and half hidden. Which rules run is the
/// agency's setting (<see cref="DisclosureSettings"/>); each rule also says whom it protects.
/// </summary>
public sealed class MaskingPipeline(IReadOnlyList<IMaskingRule> rules)
{
    public IReadOnlyList<IMaskingRule> Rules { get; } = rules;

    public static MaskingPipeline For(DisclosureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        List<IMaskingRule> rules = [new OtherPeopleMask()];
        if (settings.MaskPartyName)
        {
            rules.Add(new PartyNameMask());
        }

        if (settings.MaskCitizens)
        {
            rules.Add(new IdNumberMask());
        }

        rules.Add(new BankAccountMask());
        if (settings.MaskCitizens)
        {
            rules.Add(new PhoneNumberMask());
            rules.Add(new HomeAddressMask());
        }

        return new MaskingPipeline(rules);
    }

    public string Mask(string text, MaskingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var masked = text ?? "";
        foreach (var rule in Rules.Where(r => r.AppliesTo(context)))
        {
            masked = rule.Apply(masked, context);
        }

        return masked;
    }

    /// <summary>The record as published: every text field masked, the party's name partly, a citizen's ID number left out.</summary>
    public PublishedDecision Mask(PublishedDecision original, MaskingContext context)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(context);
        var citizen = context.IsCitizen;
        return original with
        {
            PartyName = citizen && Rules.OfType<PartyNameMask>().Any() ? PartyNameMask.Mask(original.PartyName) : original.PartyName,
            PartyCode = citizen ? null : original.PartyCode,
            Conclusion = Mask(original.Conclusion, context),
            Basis = Mask(original.Basis, context),
            Facts = Mask(original.Facts, context),
        };
    }
}
