using GraphQL.Types;
using GraphQLParser.AST;
using SanXiang.Domain.Text;

namespace SanXiang.Web.GraphQL.Scalars;

/// <summary>
/// The built-in <c>String</c>, refusing while it converts input what no field takes
/// (<see cref="TextFields.AnyText"/>): more than 10 000 characters, control characters other than
/// line breaks and tabs, direction overrides, unpaired surrogates. Each field's own, tighter rule
/// is applied where the console and the API meet (CaseService, the officer roster, …).
/// </summary>
public sealed class TextGraphType : StringGraphType
{
    public TextGraphType()
    {
        Name = "String";
    }

    public override object? ParseValue(object? value) => value is string text ? Checked(TextFields.AnyText, text) : base.ParseValue(value);

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLStringValue literal ? Checked(TextFields.AnyText, (string)literal.Value) : base.ParseLiteral(value);

    public override bool CanParseLiteral(GraphQLValue value) =>
        value is GraphQLStringValue literal ? TextInput.Check(TextFields.AnyText, (string)literal.Value).IsAccepted : base.CanParseLiteral(value);

    /// <summary>The text as sent (not normalised: that is the field's business, and a password must arrive as typed) once it passes <paramref name="field"/>.</summary>
    public static string Checked(TextField field, string text)
    {
        var check = TextInput.Check(field, text);
        return check.IsAccepted ? text : throw new TextRefusedException(check);
    }
}
