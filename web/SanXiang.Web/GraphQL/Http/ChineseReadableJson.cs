using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SanXiang.Web.GraphQL.Http;

/// <summary>
/// Writes Chinese as itself rather than as <c>\uXXXX</c>, so that messages read in a terminal or
/// a log as they do in the console. HTML-significant characters stay escaped.
/// </summary>
public static class ChineseReadableJson
{
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);
}
