using System.Text;
using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity;

public class ChainHashAlgorithmShould
{
    // GB/T 32905-2016 附录 A, 示例 1 and 示例 2.
    [Theory]
    [InlineData("abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")]
    [InlineData("abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd", "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")]
    public void HashWithSm3AsGbT32905Says(string message, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(ChainHashAlgorithm.Sm3.Hash(Encoding.ASCII.GetBytes(message))));

    // FIPS 180-4 example "abc".
    [Fact]
    public void HashWithSha256AsFips180Says() =>
        Assert.Equal(
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            Convert.ToHexStringLower(ChainHashAlgorithm.Sha256.Hash("abc"u8)));

    [Fact]
    public void ResetAfterEachFinishSoOneHasherServesManyMessages()
    {
        var hasher = ChainHashAlgorithm.Sm3.CreateHasher();
        var first = new byte[32];
        var second = new byte[32];
        hasher.Append("ab"u8);
        hasher.Append("c"u8);
        hasher.FinishInto(first);
        hasher.Append("abc"u8);
        hasher.FinishInto(second);
        Assert.Equal(first, second);
        Assert.Equal(ChainHashAlgorithm.Sm3.Hash("abc"u8), first);
    }

    [Theory]
    [InlineData("SM3")]
    [InlineData("SHA-256")]
    public void BeFoundByTheNameStoredWithEachEvent(string name) =>
        Assert.Equal(name, ChainHashAlgorithm.Get(name).Name);

    [Fact]
    public void DefaultToSm3() => Assert.Same(ChainHashAlgorithm.Sm3, ChainHashAlgorithm.Default);

    [Theory]
    [InlineData("sm3")]
    [InlineData("MD5")]
    [InlineData("")]
    public void RefuseNamesItDoesNotKnow(string name)
    {
        Assert.False(ChainHashAlgorithm.TryGet(name, out _));
        Assert.Throws<ArgumentException>(() => ChainHashAlgorithm.Get(name));
    }
}
