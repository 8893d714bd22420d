using System.Buffers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace SanXiang.Web.GraphQL.Scalars;

/// <summary>
/// File content as base64 (RFC 4648 §4), the one input that may be megabytes long: not text, so
/// not a <c>String</c> under that scalar's length limit. Bounded by the request body's limit and
/// checked to be base64 while it converts; the field decodes it.
/// </summary>
public sealed class Base64GraphType : ScalarGraphType
{
    private static readonly SearchValues<char> Alphabet = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");

    public Base64GraphType()
    {
        Name = "Base64";
        Description = "File content in base64 (RFC 4648), at most " + (GraphQLLimits.MaxRequestBytes / 1024 / 1024) + " MiB of text.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        string text => Checked(text),
        null => null,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue literal => Checked((string)literal.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue || (value is GraphQLStringValue literal && IsBase64((string)literal.Value));

    public override bool CanParseValue(object? value) => value is null || (value is string text && IsBase64(text));

    public override object? Serialize(object? value) => value as string;

    private static string Checked(string text) =>
        IsBase64(text) ? text : throw new InvalidOperationException("不是有效的 Base64 编码，或超过请求体的长度上限。");

    private static bool IsBase64(string text) =>
        text.Length <= GraphQLLimits.MaxRequestBytes && text.AsSpan().IndexOfAnyExcept(Alphabet) < 0;
}
