using GraphQLParser.AST;

namespace SanXiang.Web.GraphQL.Execution;

/// <summary>
/// What validation and execution will walk in a parsed document, counted before either starts:
/// every field, with a fragment spread counted as the fields it expands to. Each fragment's size
/// is worked out once and remembered, so the count takes time linear in the document however
/// often the fragments are spread; a fragment that spreads itself (directly or not) expands
/// without end and counts as <see cref="Unbounded"/>.
/// </summary>
public sealed class DocumentSize
{
    public const long Unbounded = long.MaxValue / 4;

    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> sizes = new(StringComparer.Ordinal);
    private readonly HashSet<string> expanding = new(StringComparer.Ordinal);

    private DocumentSize(GraphQLDocument document)
    {
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>
    /// Fields of every operation and every fragment definition, expanded: validation visits them all,
    /// the operation that runs among them.
    /// </summary>
    public static long Selections(GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var size = new DocumentSize(document);
        long total = 0;
        foreach (var definition in document.Definitions)
        {
            total = Add(total, definition switch
            {
                GraphQLOperationDefinition operation => size.Of(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => size.OfFragment(fragment.FragmentName.Name.StringValue),
                _ => 0,
            });
        }

        return total;
    }

    /// <summary>The <c>login</c> fields at the root of <paramref name="operation"/>, through fragments too.</summary>
    public static int Logins(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        var size = new DocumentSize(document);
        return size.LoginsIn(operation.SelectionSet, []);
    }

    private long Of(GraphQLSelectionSet? selectionSet)
    {
        long total = 0;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            total = Add(total, selection switch
            {
                GraphQLField field => Add(1, Of(field.SelectionSet)),
                GraphQLInlineFragment inline => Of(inline.SelectionSet),
                GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue),
                _ => 0,
            });
        }

        return total;
    }

    private long OfFragment(string name)
    {
        if (sizes.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!fragments.TryGetValue(name, out var fragment))
        {
            // An unknown fragment is validation's to report; it expands to nothing.
            return 0;
        }

        if (!expanding.Add(name))
        {
            return Unbounded;
        }

        var size = Of(fragment.SelectionSet);
        expanding.Remove(name);
        sizes[name] = size;
        return size;
    }

    private int LoginsIn(GraphQLSelectionSet selectionSet, HashSet<string> visited)
    {
        var logins = 0;
        foreach (var selection in selectionSet.Selections)
        {
            logins += selection switch
            {
                GraphQLField { Name.StringValue: "login" } => 1,
                GraphQLInlineFragment inline => LoginsIn(inline.SelectionSet, visited),
                GraphQLFragmentSpread spread when visited.Add(spread.FragmentName.Name.StringValue)
                    && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) => LoginsIn(fragment.SelectionSet, visited),
                _ => 0,
            };
        }

        return logins;
    }

    private static long Add(long a, long b) => Math.Min(Unbounded, a + b);
}
