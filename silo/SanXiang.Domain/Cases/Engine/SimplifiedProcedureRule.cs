using System.Globalization;
using SanXiang.Plugins;
using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Cases.Engine;

/// <summary>
/// 《中华人民共和国行政处罚法》第五十一条: the on-the-spot procedure (简易程序) only for a warning or a fine of at
/// most 200 yuan for a citizen or 3 000 yuan for an organisation (the sector plugin states the thresholds).
/// </summary>
public static class SimplifiedProcedureRule
{
    public static void Check(Procedure procedure, CaseParty party, decimal? proposedFine)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(party);
        var simplified = procedure.Simplified
            ?? throw new SanXiangException(ErrorCodes.SimplifiedNotAllowed, $"“{procedure.Name}”没有简易程序，请按普通程序办理。");
        if (proposedFine is not { } fine || fine < 0)
        {
            throw new SanXiangException(ErrorCodes.SimplifiedNotAllowed, $"适用简易程序须写明拟处罚款数额（仅警告的填 0），依据{simplified.Article}。");
        }

        var (limit, whom) = party.Kind == PartyKind.Citizen
            ? (simplified.MaxFineCitizen, "公民")
            : (simplified.MaxFineOrganisation, "法人或者其他组织");
        if (fine > limit)
        {
            throw new SanXiangException(
                ErrorCodes.SimplifiedNotAllowed,
                $"依据{simplified.Article}，对{whom}处以{Yuan(limit)}元以下罚款或者警告的，方可当场作出行政处罚决定；拟处罚款{Yuan(fine)}元，应当适用普通程序。");
        }
    }

    private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
