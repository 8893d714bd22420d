using System.Text;
using Org.BouncyCastle.Crypto.Digests;
using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity;

public sealed class Sm3Should
{
    public static TheoryData<bool, string, string> StandardExamples()
    {
        var data = new TheoryData<bool, string, string>();
        foreach (var useOpenSsl in new[] { true, false })
        {
            // GB/T 32905-2016 附录 A, 示例 1 and 示例 2.
            data.Add(useOpenSsl, "abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
            data.Add(useOpenSsl, "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd", "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StandardExamples))]
    public void MatchTheExamplesOfTheStandardOnBothPaths(bool useOpenSsl, string message, string digest)
    {
        using var sm3 = new Sm3(useOpenSsl);
        sm3.Append(Encoding.ASCII.GetBytes(message));

        Assert.Equal(digest, Convert.ToHexStringLower(sm3.GetHashAndReset()));
    }

    // The platform's target is Debian with libssl3; on it the fast path must be the one in use.
    [Fact]
    public void UseOpenSslWhereLibcryptoHasSm3()
    {
        if (!File.Exists("/usr/lib/x86_64-linux-gnu/libcrypto.so.3"))
        {
            return;
        }

        Assert.True(Sm3.UsesOpenSsl, Sm3.Implementation);
        Assert.StartsWith("OpenSSL libcrypto (OpenSSL 3", Sm3.Implementation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AgreeWithAnIndependentSm3ForAnyLengthAndAnySplit(bool useOpenSsl)
    {
        var random = new Random(32905);
        var data = new byte[10_000];
        random.NextBytes(data);
        using var sm3 = new Sm3(useOpenSsl);
        var reference = new SM3Digest();
        var expected = new byte[32];
        for (var length = 0; length < 300; length++)
        {
            foreach (var total in new[] { length, length * 33 })
            {
                for (var at = 0; at < total;)
                {
                    var piece = Math.Min(total - at, random.Next(0, 130));
                    sm3.Append(data.AsSpan(at, piece));
                    at += piece;
                }

                reference.BlockUpdate(data.AsSpan(0, total));
                reference.DoFinal(expected);
                Assert.Equal(expected, sm3.GetHashAndReset());
                Assert.Equal(expected, Sm3.Hash(data.AsSpan(0, total)));
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ForgetWhatWasAppendedOnReset(bool useOpenSsl)
    {
        using var sm3 = new Sm3(useOpenSsl);
        sm3.Append("不应计入"u8);
        sm3.Reset();
        sm3.Append("abc"u8);

        Assert.Equal(Sm3.Hash("abc"u8), sm3.GetHashAndReset());
    }
}
