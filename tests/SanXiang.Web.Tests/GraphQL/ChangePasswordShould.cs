namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class ChangePasswordShould(GraphQLAppFactory factory)
{
    private const string Change = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";

    private const string Login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }";

    // A demo account no other test signs in with, because this test changes its password.
    private const string User = "gengma-yjj.reviewer";

    [Fact]
    public async Task ReplaceThePasswordSoOnlyTheNewOneSignsIn()
    {
        var client = await GraphQLClient.SignedInAsync(factory, User, GraphQLAppFactory.DemoPassword);

        var weak = await client.PostAsync(Change, new { c = GraphQLAppFactory.DemoPassword, n = "short" });
        Assert.Equal(["VALIDATION_FAILED"], weak.Codes);

        var wrong = await client.PostAsync(Change, new { c = "not-my-password", n = "Gengma#2027" });
        Assert.Equal(["INVALID_CREDENTIALS"], wrong.Codes);

        var changed = await client.PostAsync(Change, new { c = GraphQLAppFactory.DemoPassword, n = "Gengma#2027" });
        Assert.Empty(changed.Codes);
        Assert.True(changed.Data!["changePassword"]!.GetValue<bool>());

        var anonymous = new GraphQLClient(factory.CreateClient());
        Assert.Equal(["INVALID_CREDENTIALS"], (await anonymous.PostAsync(Login, new { u = User, p = GraphQLAppFactory.DemoPassword })).Codes);
        Assert.Empty((await anonymous.PostAsync(Login, new { u = User, p = "Gengma#2027" })).Codes);
    }

    [Fact]
    public async Task RequireSignIn() =>
        Assert.Equal(["UNAUTHENTICATED"], (await new GraphQLClient(factory.CreateClient()).PostAsync(Change, new { c = "a", n = "b" })).Codes);
}
