using GraphQL;
using SanXiang.Domain.Disclosures;

namespace SanXiang.Web.GraphQL.Schema.Disclosures;

/// <summary>What publishing would put out: the decision as it stands beside the masked record, its hash to publish with, and the bar forbidding it, if any.</summary>
[Name("DisclosurePreview")]
public sealed class DisclosurePreviewNode(DisclosurePreview preview)
{
    public DisclosureRecordNode Original => new(preview.Original);

    public DisclosureRecordNode Masked => new(preview.Masked);

    /// <summary>The masked record's hash: pass it as <c>shownHash</c> to publish or correct exactly this text.</summary>
    public string Hash => preview.Hash;

    public DisclosureBar? Bar => preview.Bar;
}
