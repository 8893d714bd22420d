using SanXiang.Domain.Accounts;

namespace SanXiang.Domain.Tests.Accounts;

public class PasswordPolicyShould
{
    [Theory]
    [InlineData("Abc12345")]
    [InlineData("执法三项制度2026")]
    [InlineData("correct-horse")]
    public void AcceptALongEnoughPasswordOfTwoKinds(string password) =>
        Assert.Null(PasswordPolicy.Problem("xuchang.admin", password));

    [Theory]
    [InlineData("Ab1!", "至少需要 8 个字符")]
    [InlineData("abcdefghij", "至少两类")]
    [InlineData("1234567890", "至少两类")]
    [InlineData("XUCHANG.ADMIN", "不能与用户名相同")]
    public void RefuseAWeakPasswordSayingWhy(string password, string reason) =>
        Assert.Contains(reason, PasswordPolicy.Problem("xuchang.admin", password), StringComparison.Ordinal);
}
