using GraphQL;
using GraphQL.Execution;
using SanXiang.Silo.Errors;

namespace SanXiang.Web.GraphQL.Execution;

/// <summary>
/// Turns what a resolver throws into what the client reads: a <see cref="SanXiangException"/>
/// keeps its code and Chinese message; anything else is logged and reported without details,
/// which would only help an attacker.
/// </summary>
public static class ErrorMapping
{
    public static void Handle(UnhandledExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.OriginalException is SanXiangException known)
        {
            context.Exception = new ExecutionError(known.Message) { Code = known.Code };
            return;
        }

        (context.Context?.RequestServices ?? context.ExecutionOptions?.RequestServices)?.GetService<ILoggerFactory>()?
            .CreateLogger(typeof(ErrorMapping))
            .LogError(context.OriginalException, "GraphQL resolver failed at {Path}", context.FieldContext?.Path);
        context.Exception = new ExecutionError("服务器内部错误，请稍后重试。") { Code = GraphQLErrorCodes.Internal };
    }
}
