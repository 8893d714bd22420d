namespace SanXiang.Domain.CaseFiles;

/// <summary>
/// <c>proofs.json</c>: for every event its position in the tenant's Merkle log and its RFC 6962 audit
/// path against the tree head of <see cref="TreeSize"/> events, the one <c>checkpoint.txt</c> signs.
/// </summary>
/// <param name="RootHash">Lower-case hex; the verifier trusts only the signed checkpoint's root.</param>
public sealed record CaseFileProofs(long TreeSize, string RootHash, string Algorithm, IReadOnlyList<CaseFileProof> Events);
