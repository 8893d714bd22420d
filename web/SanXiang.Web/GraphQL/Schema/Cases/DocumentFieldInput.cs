using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A value for one of the template's fields, by the field's name (party_name, fine_amount …).</summary>
[Name("DocumentFieldInput")]
public sealed class DocumentFieldInput
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
