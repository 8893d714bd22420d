using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Review;

/// <summary>A row of an agency's catalog in force, with its stable id (<see cref="MajorDecisionRule.IdOf"/>) and where it comes from.</summary>
public sealed record ReviewCatalogRule(string Id, ReviewCatalogEntry Entry, ReviewRuleSource Source);
