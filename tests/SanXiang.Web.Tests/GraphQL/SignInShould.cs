namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class SignInShould(GraphQLAppFactory factory)
{
    private const string Login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt } }";

    [Fact]
    public async Task RefuseTenantsWithoutSignIn()
    {
        var response = await new GraphQLClient(factory.CreateClient()).PostAsync("{ tenants { nodes { id } } }");

        Assert.Equal(["UNAUTHENTICATED"], response.Codes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task RefuseIntrospectionWithoutSignIn()
    {
        var response = await new GraphQLClient(factory.CreateClient()).PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal(["UNAUTHENTICATED"], response.Codes);
    }

    [Theory]
    [InlineData("admin", "wrong-password")]
    [InlineData("nobody-such", GraphQLAppFactory.AdminPassword)]
    public async Task AnswerWrongUserOrPasswordWithOneMessage(string userName, string password)
    {
        var response = await new GraphQLClient(factory.CreateClient()).PostAsync(Login, new { u = userName, p = password });

        Assert.Equal(["INVALID_CREDENTIALS"], response.Codes);
        Assert.Equal("用户名或密码错误。", response.FirstMessage);
    }

    [Fact]
    public async Task IssueTokenThatWorksAsBearer()
    {
        var anonymous = new GraphQLClient(factory.CreateClient());
        var login = await anonymous.PostAsync(Login, new { u = "admin", p = GraphQLAppFactory.AdminPassword });
        var token = login.Data!["login"]!["token"]!.GetValue<string>();
        Assert.True(DateTimeOffset.Parse(login.Data!["login"]!["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow);

        anonymous.Token = token;
        var tenants = await anonymous.PostAsync("{ tenants { nodes { id name } } }");

        Assert.Empty(tenants.Codes);
        Assert.Contains(tenants.Data!["tenants"]!["nodes"]!.AsArray(), t => t!["id"]!.GetValue<string>() == "xuchang");
    }
}
