using System.Text;
using SanXiang.Domain.Integrity;
using SanXiang.Web.Uploads;

namespace SanXiang.Web.Tests.Uploads;

public sealed class StreamingSm3Should
{
    [Theory]
    [InlineData("abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")]
    [InlineData("abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd", "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")]
    public void MatchTheExamplesOfTheStandard(string message, string digest)
    {
        var sm3 = new StreamingSm3();
        sm3.Append(Encoding.ASCII.GetBytes(message));
        var hash = new byte[32];
        sm3.FinishInto(hash);

        Assert.Equal(digest, Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void AgreeWithTheChainsSm3ForAnyLengthAndAnySplit()
    {
        var random = new Random(32905);
        var data = new byte[10_000];
        random.NextBytes(data);
        var sm3 = new StreamingSm3();
        var hash = new byte[32];
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

                sm3.FinishInto(hash);
                Assert.Equal(ChainHashAlgorithm.Sm3.Hash(data.AsSpan(0, total)), hash);
            }
        }
    }
}
