using System.Text;
using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity;

public class CanonicalJsonShould
{
    [Fact]
    public void SortMembersAndDropInsignificantWhitespace() =>
        Assert.Equal(
            """{"a":[1,{"x":true,"y":null}],"b":"c"}""",
            Canonical(" { \"b\" : \"c\" ,\n\t\"a\" : [ 1 , { \"y\" : null , \"x\" : true } ] } "));

    [Fact]
    public void HashPayloadsThatMeanTheSameAlike() =>
        Assert.Equal(
            Canonical("""{"当事人":"张三","罚款":500,"依据":["行政处罚法","第二十八条"]}"""),
            Canonical("""{ "依据" : [ "\u884c\u653f\u5904\u7f5a\u6cd5", "第二十八条" ], "罚款": 500, "\u5f53\u4e8b\u4eba": "张三" }"""));

    [Fact]
    public void SortMemberNamesByUtf16CodeUnitsAsRfc8785Does() =>
        Assert.Equal("""{"A":1,"a":2,"é":3,"中":4}""", Canonical("""{"中":4,"é":3,"a":2,"A":1}"""));

    [Fact]
    public void EscapeOnlyQuotesBackslashesAndControlCharacters() =>
        Assert.Equal(
            "\"\\\"\\\\\\b\\t\\n\\f\\r\\u0001\\u001f/\u00e9\u4e2d\ud83d\ude00\"",
            Canonical("\"\\\"\\\\\\b\\t\\n\\f\\r\\u0001\\u001F\\/\\u00E9\u4e2d\\ud83d\\ude00\""));

    [Theory]
    [InlineData("1.0", "1")]
    [InlineData("100000000000000000001", "100000000000000000000")]
    [InlineData("0.10000000000000001", "0.1")]
    [InlineData("1e2", "100")]
    public void KeepNumbersAsWrittenSoNoTwoAmountsMerge(string one, string other)
    {
        Assert.Equal(one, Canonical(one));
        Assert.NotEqual(Canonical(one), Canonical(other));
    }

    [Theory]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""{"a":1,"\u0061":2}""")]
    public void RefuseRepeatedMemberNamesBecauseAReaderCouldTakeEither(string json) =>
        Assert.Throws<FormatException>(() => CanonicalJson.Canonicalize(json));

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{'a':1}")]
    [InlineData("""{"a":1,}""")]
    [InlineData("""{"a":01}""")]
    [InlineData("""["\ud800"]""")]
    public void RefuseWhatIsNotJson(string json) =>
        Assert.Throws<FormatException>(() => CanonicalJson.Canonicalize(json));

    private static string Canonical(string json) => Encoding.UTF8.GetString(CanonicalJson.Canonicalize(json));
}
