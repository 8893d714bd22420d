namespace SanXiang.Web.Tests.GraphQL;

/// <summary>One host (and one silo) for all GraphQL tests: starting a silo per class would cost seconds each.</summary>
[CollectionDefinition(Name)]
public sealed class GraphQLCollection : ICollectionFixture<GraphQLAppFactory>
{
    public const string Name = "graphql";
}
