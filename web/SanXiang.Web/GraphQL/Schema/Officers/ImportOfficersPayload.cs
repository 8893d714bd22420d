using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Officers;

/// <summary>How many officers were imported — every row, or none when <see cref="Errors"/> is not empty.</summary>
[Name("ImportOfficersPayload")]
public sealed record ImportOfficersPayload(int Imported, IEnumerable<ImportErrorNode> Errors);
