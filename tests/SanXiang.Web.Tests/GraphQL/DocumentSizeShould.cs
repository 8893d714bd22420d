using GraphQLParser;
using GraphQLParser.AST;
using SanXiang.Tests.Shared;
using SanXiang.Web.GraphQL;
using SanXiang.Web.GraphQL.Execution;
using Xunit.Abstractions;

namespace SanXiang.Web.Tests.GraphQL;

public sealed class DocumentSizeShould(ITestOutputHelper output)
{
    [Fact]
    public void CountEverySpreadAsTheFieldsItExpandsTo() =>
        Assert.Equal(
            1 + 2 + 2 + 1 + 2,
            DocumentSize.Selections(Parser.Parse("{ tenant(id: \"x\") { ...A ...A b: id } } fragment A on Tenant { id name }")));

    [Fact]
    public void CountTwentySevenLevelsOfFragmentsWithoutExpandingThem() =>
        Assert.Equal(
            (1L << 27) + (1L << 28) - 2 - 27,
            DocumentSize.Selections(Parser.Parse(HostileInputs.AnonymousFragmentQuery(27))));

    [Fact]
    public void CountAFragmentCycleAsUnbounded() =>
        Assert.Equal(
            DocumentSize.Unbounded,
            DocumentSize.Selections(Parser.Parse("{ tenant(id: \"x\") { ...A } } fragment A on Tenant { ...B } fragment B on Tenant { ...A }")));

    [Fact]
    public void LeaveGraphiQLsSchemaQueryWellUnderTheCap()
    {
        var selections = DocumentSize.Selections(Parser.Parse(IntrospectionQuery.Text));
        output.WriteLine($"GraphiQL's schema query: {selections} fields, fragments expanded");

        Assert.InRange(selections, 100, GraphQLLimits.MaxSelections / 2);
    }

    [Fact]
    public void FindLoginsBehindAliasesAndFragments()
    {
        var document = Parser.Parse("mutation { a: login(username: \"u\", password: \"p\") { token } ...L } fragment L on Mutation { login(username: \"u\", password: \"q\") { token } }");

        Assert.Equal(2, DocumentSize.Logins(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single()));
    }
}
