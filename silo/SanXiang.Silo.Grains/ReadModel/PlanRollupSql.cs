namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>The statements that keep <c>plan_rollup_dates</c>: one agency's change, and the move of agencies in the tree.</summary>
internal static class PlanRollupSql
{
    /// <summary>Adds @count of (@measure, @name, @day) to each ancestor the statement's FROM … WHERE selects as <c>c</c>.</summary>
    public const string AddToAncestors = "INSERT INTO plan_rollup_dates (ancestor, measure, name, day, count) SELECT c.ancestor, @measure, @name, @day, @count";

    public const string Upsert = "ON CONFLICT (ancestor, measure, name, day) DO UPDATE SET count = plan_rollup_dates.count + excluded.count;";

    /// <summary>
    /// Adds (<paramref name="sign"/> 1) or takes away (-1) the dated counts of the agencies in <paramref name="inList"/> from
    /// every department the closure puts above them: before the closure rows of agencies that move go, and after the new ones come.
    /// </summary>
    public static string MoveAgencies(string inList, int sign) =>
        $"""
        INSERT INTO plan_rollup_dates (ancestor, measure, name, day, count)
        SELECT c.ancestor, a.measure, a.name, a.day, {sign} * SUM(a.count)
        FROM plan_agency_dates a JOIN agency_closure c ON c.descendant = a.tenant AND c.depth > 0
        WHERE a.tenant IN ({inList})
        GROUP BY c.ancestor, a.measure, a.name, a.day
        {Upsert}
        """;

    /// <summary>Every department's sums again, from the agencies' dated counts and the closure as it stands.</summary>
    public const string Rebuild =
        $"""
        DELETE FROM plan_rollup_dates;
        INSERT INTO plan_rollup_dates (ancestor, measure, name, day, count)
        SELECT c.ancestor, a.measure, a.name, a.day, SUM(a.count)
        FROM plan_agency_dates a JOIN agency_closure c ON c.descendant = a.tenant AND c.depth > 0
        GROUP BY c.ancestor, a.measure, a.name, a.day;
        """;
}
