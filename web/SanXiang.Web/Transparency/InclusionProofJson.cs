namespace SanXiang.Web.Transparency;

/// <summary>
/// The body of <c>/public/{tenant}/proof</c>; hashes in lower-case hex. RFC 6962 §2.1.1: the leaf
/// hash is H(0x00 ‖ hash), and hashing it up the audit path gives root for a tree of treeSize.
/// </summary>
internal sealed record InclusionProofJson(
    string Tenant,
    string Case,
    long Seq,
    string Algorithm,
    string Hash,
    long Index,
    long TreeSize,
    string Root,
    IReadOnlyList<string> AuditPath);
