using GraphQL;
using GraphQL.Types;
using SanXiang.Web.GraphQL.Scalars;

namespace SanXiang.Web.GraphQL.Schema.Onboarding;

/// <summary>One file of an onboarding, as the officer import takes it: its name (.xlsx or .csv) and its content in base64.</summary>
[Name("ImportFileInput")]
public sealed class ImportFileInput
{
    public string FileName { get; set; } = "";

    [InputType(typeof(NonNullGraphType<Base64GraphType>))]
    public string ContentBase64 { get; set; } = "";
}
