using GraphQL;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Transparency;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Transparency;

/// <summary>
/// An agency's public transparency record: its latest signed checkpoint (the note is at <c>/public/{agency}/checkpoint</c>)
/// and the supervising departments that witnessed it, with the sentence the portal shows.
/// </summary>
[Name("Transparency")]
public sealed class TransparencyNode(TransparencyView view)
{
    [Id]
    public string TenantId => view.TenantId;

    public string AgencyName => view.AgencyName;

    /// <summary>Events in the log the latest checkpoint signed; null before the first.</summary>
    public int? TreeSize => view.TreeSize is { } size ? checked((int)size) : null;

    public string? SignedAt => IsoTime.Format(view.SignedAt);

    public IEnumerable<WitnessingNode> Witnesses => view.Witnesses.Select(w => new WitnessingNode(w));

    /// <summary>e.g. “已由 新田县司法局 见证（2026年12月2日 14:05）”, Beijing time.</summary>
    public string Statement => view.Statement;
}
