using SanXiang.Domain.Accounts;

namespace SanXiang.Domain.Tests.Hostile;

/// <summary>Issue 12 item 18: <c>password1</c> passed the policy; so would any other password attackers try first.</summary>
[Trait("Suite", "Hostile")]
public class CommonPasswordsShould
{
    [Theory]
    [InlineData("password1")]
    [InlineData("password123")]
    [InlineData("Password2026!")]
    [InlineData("1q2w3e4r5t")]
    [InlineData("woaini1314")]
    [InlineData("woaini5201314")]
    [InlineData("beijing2008")]
    [InlineData("Dragon20262026")]
    public void BeRefusedAsNewPasswords(string password) =>
        Assert.NotNull(PasswordPolicy.Problem("gengma-yjj.officer", password));
}
