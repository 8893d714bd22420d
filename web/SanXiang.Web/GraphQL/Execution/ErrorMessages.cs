using System.Text.RegularExpressions;
using GraphQL;
using SanXiang.Domain.Text;
using SanXiang.Domain.Errors;
using SanXiang.Web.GraphQL.Scalars;

namespace SanXiang.Web.GraphQL.Execution;

/// <summary>
/// What an error may say before it leaves. graphql-dotnet repeats a variable that failed to convert
/// (<c>Unable to convert '…1 MB…' to 'String'</c>) and a literal that has the wrong type: a text the
/// scalars refused is told by its reason and code instead, and any other message is cut to
/// <see cref="MaxLength"/> characters, so that no error hands back what the client sent.
/// </summary>
public static partial class ErrorMessages
{
    public const int MaxLength = 500;

    public static void Bound(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Errors is not { Count: > 0 } errors)
        {
            return;
        }

        var bounded = new ExecutionErrors();
        foreach (var error in errors)
        {
            if (error.InnerException is TextRefusedException refused)
            {
                var variable = Variable().Match(error.Message);
                var message = (variable.Success ? $"变量 ${variable.Groups[1].Value}：" : string.Empty) + refused.Message;
                bounded.Add(Copy(error, message, refused.Problem == TextProblem.TooLong ? ErrorCodes.TextTooLong : ErrorCodes.TextInvalid));
            }
            else
            {
                bounded.Add(error.Message.Length > MaxLength ? Copy(error, error.Message[..MaxLength] + "…", error.Code) : error);
            }
        }

        result.Errors = bounded;
    }

    private static ExecutionError Copy(ExecutionError error, string message, string? code)
    {
        var copy = new ExecutionError(message) { Code = code, Path = error.Path };
        foreach (var location in error.Locations ?? [])
        {
            copy.AddLocation(location);
        }

        return copy;
    }

    [GeneratedRegex(@"^Variable '\$(\w{1,64})'")]
    private static partial Regex Variable();
}
