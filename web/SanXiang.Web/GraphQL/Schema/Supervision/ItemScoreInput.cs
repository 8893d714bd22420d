using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>The points given one scoring item of the standard.</summary>
[Name("ItemScoreInput")]
public sealed class ItemScoreInput
{
    public string ItemId { get; set; } = "";

    public int Points { get; set; }
}
