using SanXiang.Domain.Cases.Review;

namespace SanXiang.Silo.Reviews;

/// <summary>The catalog in force on <paramref name="Day"/> (China time) and the agency's own editions, newest first.</summary>
[GenerateSerializer, Immutable]
public sealed record ReviewCatalogView(
    [property: Id(0)] ReviewCatalog InForce,
    [property: Id(1)] IReadOnlyList<ReviewCatalogEdition> Editions,
    [property: Id(2)] DateOnly Day);
