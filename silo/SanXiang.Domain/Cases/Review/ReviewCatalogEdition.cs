using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// A version of one agency's 重大执法决定法制审核目录清单 as published: the rows it adds to what it inherits, the scope
/// it sets, and the day it takes effect. Editions are never changed: a new version is published instead, and the
/// one in force on a day is the latest that took effect by then (<see cref="InForce"/>).
/// </summary>
public sealed record ReviewCatalogEdition(
    string AgencyId,
    string AgencyName,
    int Version,
    DateOnly EffectiveFrom,
    ReviewScope Scope,
    IReadOnlyList<ReviewCatalogEntry> Entries,
    string PublishedBy,
    DateTimeOffset PublishedAt)
{
    /// <summary>How people name the edition: 新田县市场监督管理局 第 2 版（2026-03-01 起施行）.</summary>
    public string Label => $"{AgencyName} 第 {Version} 版（{EffectiveFrom:yyyy-MM-dd} 起施行）";

    /// <summary>Of one agency's editions, the one in force on <paramref name="day"/>, or null before the first took effect.</summary>
    public static ReviewCatalogEdition? InForce(IEnumerable<ReviewCatalogEdition> editions, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(editions);
        return editions.Where(e => e.EffectiveFrom <= day).MaxBy(e => e.Version);
    }
}
