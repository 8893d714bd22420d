namespace SanXiang.Domain.Officers;

/// <summary>How many certified officers a step needs.</summary>
public static class EnforcementTeam
{
    /// <summary>
    /// 行政处罚法 第四十二条: "执法人员不得少于两人，法律另有规定的除外" — the investigation steps of a
    /// penalty case need at least two certified officers; any other step at least one.
    /// </summary>
    public static int Required(string category, bool investigation) =>
        investigation && category == EnforcementCategories.Penalty ? 2 : 1;

    /// <summary>Counts distinct officers: the same officer named twice is still one person.</summary>
    public static TeamCheck Check(IEnumerable<string> certifiedOfficerIds, string category, bool investigation)
    {
        ArgumentNullException.ThrowIfNull(certifiedOfficerIds);
        var required = Required(category, investigation);
        var certified = certifiedOfficerIds.Distinct(StringComparer.Ordinal).Count();
        if (certified >= required)
        {
            return new TeamCheck(true, required, certified, null);
        }

        var reason = required == 2
            ? $"依据《行政处罚法》第四十二条，行政处罚的调查取证应由不少于两名持证执法人员进行；当前仅有 {certified} 名。"
            : "至少需要一名持证执法人员。";
        return new TeamCheck(false, required, certified, reason);
    }
}
