using SanXiang.Domain.Accounts;

namespace SanXiang.Domain.Tests.Accounts;

public class PasswordPolicyShould
{
    [Theory]
    [InlineData("Abc1234567")]
    [InlineData("执法三项制度2026")]
    [InlineData("correct-horse")]
    [InlineData("Xuchang#Enforce9")]
    public void AcceptALongEnoughPasswordOfTwoKinds(string password) =>
        Assert.Null(PasswordPolicy.Problem("xuchang.admin", password));

    [Theory]
    [InlineData("Ab1!", "至少需要 10 个字符")]
    [InlineData("Abc12345", "至少需要 10 个字符")]
    [InlineData("abcdefghijk", "至少两类")]
    [InlineData("12345678901", "至少两类")]
    [InlineData("XUCHANG.ADMIN", "不能与用户名相同")]
    [InlineData("xuchang.admin2026", "不能包含用户名")]
    public void RefuseAWeakPasswordSayingWhy(string password, string reason) =>
        Assert.Contains(reason, PasswordPolicy.Problem("xuchang.admin", password), StringComparison.Ordinal);

    [Fact]
    public void RefuseAPasswordTooLongToHashCheaply() =>
        Assert.Contains("最多 128 个字符", PasswordPolicy.Problem("xuchang.admin", new string('a', 128) + "1"), StringComparison.Ordinal);

    [Fact]
    public void ShipTheListsItChecksAgainst() =>
        Assert.True(CommonPasswords.Count > 20_000, $"{CommonPasswords.Count} common passwords loaded");
}
