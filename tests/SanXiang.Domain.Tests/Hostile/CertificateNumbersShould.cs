using SanXiang.Domain.Officers;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Hostile;

/// <summary>Issue 12 item 16: a certificate number is the officer's key, and <c>../../X/Y</c> or NUL were accepted as one.</summary>
[Trait("Suite", "Hostile")]
public sealed class CertificateNumbersShould
{
    [Theory]
    [InlineData("../../X/Y")]
    [InlineData("4110\u00000020")]
    [InlineData("41100020\u202e")]
    [InlineData("A/B")]
    public void RefusePathsAndControlCharacters(string certificate) =>
        Assert.Contains(
            OfficerValidation.Problems("张三", "许昌市市场监督管理局", certificate, [EnforcementCategory.Penalty], new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31)),
            p => p.StartsWith("证件编号", StringComparison.Ordinal));

    [Fact]
    public void RefuseANameLongerThanAnyPerson() =>
        Assert.Contains(
            OfficerValidation.Problems(new string('张', 51), "许昌市市场监督管理局", "41100020260001", [EnforcementCategory.Penalty], new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31)),
            p => p.StartsWith("姓名最多 50 个字符", StringComparison.Ordinal));
}
