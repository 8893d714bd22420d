using GraphQL.Validation;
using GraphQLParser.AST;
using SanXiang.Domain.Errors;

namespace SanXiang.Web.GraphQL.Execution;

/// <summary>
/// Everything but <c>login</c> and what agencies publish (<c>reviewCatalog</c>, the 重大执法决定法制审核目录清单; <c>transparency</c>,
/// who witnessed the latest checkpoint; the portal's <c>officerByCertificate</c> and <c>publicLists</c>; <c>publishedDecisions</c>,
/// the decisions published after enforcement, 事后公开) needs a
/// signed-in user. Checked while validating, so an anonymous
/// request is refused before any resolver runs — introspection included. Root fragments are refused
/// too: following them to find out whether they only hold <c>login</c> is not worth the risk.
/// </summary>
public sealed class SignInRequiredRule : ValidationRuleBase
{
    private static readonly HashSet<string> Anonymous = new(StringComparer.Ordinal) { "login", "reviewCatalog", "transparency", "officerByCertificate", "publicLists", "publishedDecisions", "__typename" };

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.UserContext is GraphQLUserContext { IsSignedIn: true })
        {
            return default;
        }

        var refused = context.Operation.SelectionSet.Selections
            .FirstOrDefault(s => s is not GraphQLField field || !Anonymous.Contains(field.Name.StringValue));
        if (refused is not null)
        {
            context.ReportError(new ValidationError(context.Document.Source, null, "请先登录。", refused) { Code = ErrorCodes.Unauthenticated });
        }

        return default;
    }
}
