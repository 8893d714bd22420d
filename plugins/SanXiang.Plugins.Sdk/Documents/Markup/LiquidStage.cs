using System.Globalization;
using System.Text.RegularExpressions;
using DotLiquid;
using DotLiquid.Exceptions;

namespace SanXiang.Plugins.Markup;

/// <summary>The Liquid step: DotLiquid with errors rethrown and located by line.</summary>
internal static partial class LiquidStage
{
    public static string Render(string templateName, string source, IReadOnlyDictionary<string, object?> values)
    {
        Template template;
        try
        {
            template = Template.Parse(DropTagOnlyLineBreaks(source));
        }
        catch (LiquidException ex)
        {
            throw new DocumentRenderException(templateName, LocateParseError(source, ex.Message), ex.Message, ex);
        }

        CheckFilters(templateName, source);
        var parameters = new RenderParameters(CultureInfo.InvariantCulture)
        {
            LocalVariables = Hash.FromDictionary(values.ToDictionary(p => p.Key, p => p.Value)),
            ErrorsOutputMode = ErrorsOutputMode.Rethrow,
        };
        try
        {
            return template.Render(parameters);
        }
        catch (Exception ex) when (ex is LiquidException or System.ArgumentException or InvalidOperationException or FormatException)
        {
            throw new DocumentRenderException(templateName, LocateRenderError(source, ex.Message), ex.Message, ex);
        }
    }

    /// <summary>DotLiquid passes a value through an unknown filter unchanged; a typo there must not go unnoticed.</summary>
    private static void CheckFilters(string templateName, string source)
    {
        var strainer = new Context(CultureInfo.InvariantCulture).Strainer;
        foreach (var token in Tokens(source))
        {
            var code = QuotedLiteral().Replace(token.Value, string.Empty);
            foreach (var name in FilterName().Matches(code).Select(m => m.Groups[1].Value))
            {
                if (!strainer.RespondTo(name))
                {
                    throw new DocumentRenderException(templateName, LineOf(source, token.Index), $"unknown filter '{name}' in '{token.Value}'.");
                }
            }
        }
    }

    /// <summary>
    /// A line holding only tags (<c>{% if %}</c>, <c>{% for %}</c> …) yields no line of its own, so
    /// control flow does not break tables or paragraphs apart (MARKUP.md).
    /// </summary>
    private static string DropTagOnlyLineBreaks(string source) => TagOnlyLine().Replace(source, "$1");

    /// <summary>
    /// DotLiquid reports no positions, so the line is found by parsing ever longer prefixes of the
    /// source: the error is on the token from which on every prefix fails with the same message.
    /// </summary>
    private static int? LocateParseError(string source, string message)
    {
        var tokens = Tokens(source);
        int? line = null;
        foreach (var token in tokens)
        {
            var prefix = source[..(token.Index + token.Length)];
            if (ParseError(prefix) == message)
            {
                line ??= LineOf(source, token.Index);
            }
            else
            {
                line = null;
            }
        }

        return line;
    }

    private static string? ParseError(string prefix)
    {
        try
        {
            Template.Parse(prefix);
            return null;
        }
        catch (LiquidException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Render errors quote the offending markup (e.g. <c>'name | nosuchfilter'</c>); find the tag that holds it.</summary>
    private static int? LocateRenderError(string source, string message)
    {
        var quoted = Quoted().Matches(message).Select(m => m.Groups[1].Value.Trim()).Where(q => q.Length > 0)
            .OrderByDescending(q => q.Length);
        foreach (var text in quoted)
        {
            var token = Tokens(source).FirstOrDefault(t => t.Value.Contains(text, StringComparison.Ordinal));
            if (token is not null)
            {
                return LineOf(source, token.Index);
            }
        }

        return null;
    }

    private static IEnumerable<Match> Tokens(string source) => LiquidToken().Matches(source);

    private static int LineOf(string source, int index) => source.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidToken();

    [GeneratedRegex(@"^[ \t]*((?:\{%.*?%\}[ \t]*)+)\r?\n", RegexOptions.Multiline)]
    private static partial Regex TagOnlyLine();

    [GeneratedRegex(@"\|\s*([A-Za-z_]\w*)")]
    private static partial Regex FilterName();

    [GeneratedRegex(@"""[^""]*""|'[^']*'")]
    private static partial Regex QuotedLiteral();

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
