using SanXiang.Domain.Cases;

namespace SanXiang.Domain.Disclosures;

/// <summary>
/// 浙江省行政处罚决定信息公开暂行规定 第七条 (DOMAIN.md §9): a decision against a minor is not published at all. The
/// party's age is read from the 公民身份号码 (GB 11643-1999: the birth date is characters 7–14), on the decision day;
/// a party without a readable number cannot be judged here, and the agency withholds by hand (<see cref="DisclosureBar.Minor"/>).
/// </summary>
public static class MinorParty
{
    public const int AdultAge = 18;

    public static bool IsMinor(CaseParty party, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(party);
        return party.Kind == PartyKind.Citizen && BirthDate(party.IdCode) is { } born && born.AddYears(AdultAge) > on;
    }

    public static DateOnly? BirthDate(string? idNumber) =>
        idNumber is { Length: 18 } && DateOnly.TryParseExact(idNumber.AsSpan(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var born)
            ? born
            : null;
}
