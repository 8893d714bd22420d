using GraphQL;
using GraphQL.Execution;
using SanXiang.Domain.Errors;

namespace SanXiang.Web.GraphQL.Execution;

/// <summary>
/// Turns what a resolver throws into what the client reads: a <see cref="SanXiangException"/>
/// keeps its code, Chinese message and field problems; anything else is logged and reported without
/// details, which would only help an attacker.
/// </summary>
public static class ErrorMapping
{
    public static void Handle(UnhandledExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.OriginalException is SanXiangException known)
        {
            var error = new ExecutionError(known.Message) { Code = known.Code };
            if (known.Problems.Count > 0)
            {
                // extensions.data.problems: every field the engine refused, as the console shows them beside the form's fields.
                // Set on Extensions: the error info provider writes Exception.Data only for inner exceptions.
                error.Extensions = new Dictionary<string, object?>
                {
                    ["data"] = new Dictionary<string, object?>
                    {
                        ["problems"] = known.Problems.Select(p => new Dictionary<string, string> { ["field"] = p.Field, ["message"] = p.Message }).ToList(),
                    },
                };
            }

            context.Exception = error;
            return;
        }

        (context.Context?.RequestServices ?? context.ExecutionOptions?.RequestServices)?.GetService<ILoggerFactory>()?
            .CreateLogger(typeof(ErrorMapping))
            .LogError(context.OriginalException, "GraphQL resolver failed at {Path}", context.FieldContext?.Path);
        context.Exception = new ExecutionError("服务器内部错误，请稍后重试。") { Code = GraphQLErrorCodes.Internal };
    }
}
