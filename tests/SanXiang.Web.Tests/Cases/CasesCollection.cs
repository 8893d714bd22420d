namespace SanXiang.Web.Tests.Cases;

/// <summary>One host for the case tests; each test opens cases of its own, so they do not meet.</summary>
[CollectionDefinition(Name)]
public sealed class CasesCollection : ICollectionFixture<CasesAppFactory>
{
    public const string Name = "cases";
}
