using System.Globalization;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Law;

/// <summary>
/// 行政处罚法 第五十一条: "违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者
/// 警告的行政处罚的，可以当场作出行政处罚决定" — the on-the-spot procedure (简易程序) only for a warning or a fine of
/// at most 200 yuan (citizen) / 3 000 yuan (organisation). A plugin may set lower limits, never higher ones.
/// </summary>
public sealed class SimplifiedProcedureRule : IProcedureFloor
{
    public const decimal CitizenLimit = 200m;

    public const decimal OrganisationLimit = 3000m;

    public static SimplifiedProcedureRule Instance { get; } = new();

    public string Article => $"{PenaltyLaw.Title}第五十一条";

    public IEnumerable<FloorViolation> Check(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (procedure.Simplified is not { } simplified)
        {
            yield break;
        }

        if (procedure.Category != EnforcementCategory.Penalty)
        {
            yield return new FloorViolation(Article, $"程序“{procedure.Name}”不是行政处罚，不能有当场处罚的简易程序");
            yield break;
        }

        if (simplified.MaxFineCitizen > CitizenLimit)
        {
            yield return new FloorViolation(Article, $"程序“{procedure.Name}”的简易程序对公民的罚款上限为 {Yuan(simplified.MaxFineCitizen)} 元，高于法定的 {Yuan(CitizenLimit)} 元");
        }

        if (simplified.MaxFineOrganisation > OrganisationLimit)
        {
            yield return new FloorViolation(Article, $"程序“{procedure.Name}”的简易程序对法人或者其他组织的罚款上限为 {Yuan(simplified.MaxFineOrganisation)} 元，高于法定的 {Yuan(OrganisationLimit)} 元");
        }
    }

    /// <summary>Refuses the on-the-spot procedure for <paramref name="party"/> and <paramref name="proposedFine"/> beyond the stricter of the law and the plugin.</summary>
    public static void CheckCase(Procedure procedure, CaseParty party, decimal? proposedFine)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(party);
        var article = Instance.Article;
        var simplified = procedure.Simplified
            ?? throw new SanXiangException(ErrorCodes.SimplifiedNotAllowed, $"“{procedure.Name}”没有简易程序，请按普通程序办理。");
        if (proposedFine is not { } fine || fine < 0)
        {
            throw new SanXiangException(ErrorCodes.SimplifiedNotAllowed, $"适用简易程序须写明拟处罚款数额（仅警告的填 0），依据{article}。", [new FieldProblem("proposedFine", "适用简易程序须写明拟处罚款数额（仅警告的填 0）。")]);
        }

        var (limit, whom) = party.Kind == PartyKind.Citizen
            ? (Math.Min(simplified.MaxFineCitizen, CitizenLimit), "公民")
            : (Math.Min(simplified.MaxFineOrganisation, OrganisationLimit), "法人或者其他组织");
        if (fine > limit)
        {
            var message = $"依据{article}，对{whom}处以{Yuan(limit)}元以下罚款或者警告的，方可当场作出行政处罚决定；拟处罚款{Yuan(fine)}元，应当适用普通程序。";
            throw new SanXiangException(ErrorCodes.SimplifiedNotAllowed, message, [new FieldProblem("proposedFine", message)]);
        }
    }

    private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
