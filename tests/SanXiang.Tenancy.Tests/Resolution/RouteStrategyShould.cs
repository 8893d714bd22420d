using SanXiang.Tenancy.Strategies;

namespace SanXiang.Tenancy.Tests.Resolution;

public class RouteStrategyShould
{
    [Theory]
    [InlineData("/t/xuchang", "xuchang")]
    [InlineData("/t/xuchang/", "xuchang")]
    [InlineData("/t/xuchang/ledger", "xuchang")]
    [InlineData("/T/gengma-yjj/plan", "gengma-yjj")]
    public void TakeTheSegmentAfterT(string path, string expected) =>
        Assert.Equal(expected, RouteStrategy.FromPath(path));

    [Theory]
    [InlineData("/")]
    [InlineData("/t/")]
    [InlineData("/graphql")]
    [InlineData("/tenants/xuchang")]
    public void FindNoTenantOutsideT(string path) =>
        Assert.Null(RouteStrategy.FromPath(path));
}
