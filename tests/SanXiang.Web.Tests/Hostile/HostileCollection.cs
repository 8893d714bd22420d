namespace SanXiang.Web.Tests.Hostile;

[CollectionDefinition(Name)]
public sealed class HostileCollection : ICollectionFixture<HostileAppFactory>
{
    public const string Name = "hostile";
}
