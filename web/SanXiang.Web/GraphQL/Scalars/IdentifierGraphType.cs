using GraphQL.Types;
using GraphQLParser.AST;
using SanXiang.Domain.Text;

namespace SanXiang.Web.GraphQL.Scalars;

/// <summary>The built-in <c>ID</c>, whose string form obeys <see cref="TextFields.Id"/>: one line, at most 256 characters, no control characters.</summary>
public sealed class IdentifierGraphType : IdGraphType
{
    public override object? ParseValue(object? value) => value is string text ? TextGraphType.Checked(TextFields.Id, text) : base.ParseValue(value);

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLStringValue literal ? TextGraphType.Checked(TextFields.Id, (string)literal.Value) : base.ParseLiteral(value);

    public override bool CanParseLiteral(GraphQLValue value) =>
        value is GraphQLStringValue literal ? TextInput.Check(TextFields.Id, (string)literal.Value).IsAccepted : base.CanParseLiteral(value);
}
