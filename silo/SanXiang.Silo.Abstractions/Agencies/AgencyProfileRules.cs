using SanXiang.Domain.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;

namespace SanXiang.Silo.Agencies;

/// <summary>
/// What a profile must hold, whoever writes it: the agency grain (an administrator's edit, an onboarding) and the
/// onboarding file's check, which reports every problem of every row before anything is written.
/// </summary>
public static class AgencyProfileRules
{
    /// <summary>Every problem of the profile; empty when it may be stored (as <see cref="Normalised"/>).</summary>
    public static IReadOnlyList<AgencyProfileProblem> Problems(AgencyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var problems = new List<AgencyProfileProblem>();
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            problems.Add(new("name", ErrorCodes.ValidationFailed, "机关名称不能为空。"));
        }
        else if (TextInput.Check(TextFields.AgencyName, profile.Name) is { IsAccepted: false } name)
        {
            problems.Add(new("name", name.Problem == TextProblem.TooLong ? ErrorCodes.TextTooLong : ErrorCodes.TextInvalid, name.Reason!));
        }

        if (!RegionCode.IsValid(profile.RegionCode))
        {
            problems.Add(new("regionCode", ErrorCodes.ValidationFailed, $"行政区划代码“{profile.RegionCode}”应为 6 位数字。"));
        }
        else if (!RegionFitsLevel(profile.RegionCode, profile.Level))
        {
            problems.Add(new("level", ErrorCodes.ValidationFailed, $"行政区划代码“{profile.RegionCode}”与层级不符：省级以 0000 结尾，市级以 00 结尾，县级和乡镇级不以 00 结尾。"));
        }

        // GB 32100: a failed checksum is only a warning (some pilot codes fail it); a code that is
        // not a credit code at all is refused.
        if (profile.CreditCode is { Length: > 0 } code && UnifiedSocialCreditCode.Check(code) == CreditCodeCheck.Malformed)
        {
            problems.Add(new("creditCode", ErrorCodes.ValidationFailed, $"统一社会信用代码“{code}”格式不正确：应为 18 位数字或大写字母（不含 I、O、S、V、Z）。"));
        }

        return problems;
    }

    /// <summary>The profile with its name normalised (TextShape.Name), so that lookalike names are stored alike; call after <see cref="Problems"/> found none.</summary>
    public static AgencyProfile Normalised(AgencyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile with { Name = TextInput.Check(TextFields.AgencyName, profile.Name).Text! };
    }

    /// <summary>GB/T 2260: a province's code ends in 0000, a city's in 00; a county's does not, and a township's agency carries its county's code (the standard stops at counties).</summary>
    public static bool RegionFitsLevel(string region, AgencyLevel level)
    {
        ArgumentNullException.ThrowIfNull(region);
        return level switch
        {
            AgencyLevel.Province => region.EndsWith("0000", StringComparison.Ordinal),
            AgencyLevel.City => region.EndsWith("00", StringComparison.Ordinal) && !region.EndsWith("0000", StringComparison.Ordinal),
            AgencyLevel.County or AgencyLevel.Township => !region.EndsWith("00", StringComparison.Ordinal),
            _ => true,
        };
    }
}
