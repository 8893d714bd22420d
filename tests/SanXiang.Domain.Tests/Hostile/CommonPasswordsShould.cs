using SanXiang.Domain.Accounts;

namespace SanXiang.Domain.Tests.Hostile;

/// <summary>Issue 12 item 18: <c>password1</c> passed the policy; so would any other password attackers try first.</summary>
[Trait("Suite", "Hostile")]
public sealed class CommonPasswordsShould
{
    [Fact]
    public void RefusePassword1AsTooShort() =>
        Assert.Equal("新密码至少需要 10 个字符。", PasswordPolicy.Problem("gengma-yjj.officer", "password1"));

    [Theory]
    [InlineData("password123")]
    [InlineData("Password2026!")]
    [InlineData("1q2w3e4r5t")]
    [InlineData("woaini1314")]
    [InlineData("woaini5201314")]
    [InlineData("beijing2008")]
    [InlineData("Dragon20262026")]
    public void BeRefusedAsNewPasswords(string password) =>
        Assert.Equal("该密码是常见密码或其简单变形，容易被猜中，请换一个。", PasswordPolicy.Problem("gengma-yjj.officer", password));
}
