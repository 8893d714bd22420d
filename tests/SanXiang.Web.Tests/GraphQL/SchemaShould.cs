using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace SanXiang.Web.Tests.GraphQL;

/// <summary>
/// Other tools rely on the API's names: any change to the schema must be deliberate. When this
/// fails, review the difference; if it is intended, copy schema.actual.graphql over schema.graphql.
/// </summary>
[Collection(GraphQLCollection.Name)]
public sealed class SchemaShould(GraphQLAppFactory factory)
{
    [Fact]
    public void MatchTheApprovedSnapshot()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        var actual = Normalize(schema.Print(new PrintOptions { IncludeDescriptions = false }));
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "GraphQL", "schema.graphql");
        var approved = Normalize(File.ReadAllText(approvedPath));

        if (actual != approved)
        {
            var actualPath = Path.Combine(AppContext.BaseDirectory, "GraphQL", "schema.actual.graphql");
            File.WriteAllText(actualPath, actual);
            Assert.Fail($"The public schema changed. First difference: {FirstDifference(approved, actual)}\n"
                + $"Review with: diff tests/SanXiang.Web.Tests/GraphQL/schema.graphql {actualPath}\n"
                + "If the change is intended, copy the new file over the approved one.");
        }
    }

    private static string Normalize(string sdl) => sdl.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";

    private static string FirstDifference(string approved, string actual)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: approved “{left}”, now “{right}”";
            }
        }

        return "none";
    }
}
