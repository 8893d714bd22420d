namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// Where a catalog row comes from: the sector plugin's defaults, a supervising department's published catalog
/// (inherited), or the agency's own. <paramref name="Label"/> names it for people, e.g. 河南省司法厅 第 3 版.
/// </summary>
public sealed record ReviewRuleSource(ReviewRuleOrigin Origin, string? AgencyId, string Label)
{
    /// <summary>The word the API gives: <c>sector</c>, <c>inherited</c> or <c>own</c>.</summary>
    public string Code => Origin switch
    {
        ReviewRuleOrigin.Sector => "sector",
        ReviewRuleOrigin.Inherited => "inherited",
        _ => "own",
    };
}

public enum ReviewRuleOrigin
{
    Sector,
    Inherited,
    Own,
}
