namespace SanXiang.Web.Transparency;

/// <summary>
/// What the public may know of an agency's transparency log: its latest signed checkpoint (null before the first) and
/// who witnessed it, with the sentence the portal shows (<see cref="WitnessStatements.Statement"/>).
/// </summary>
public sealed record TransparencyView(
    string TenantId,
    string AgencyName,
    long? TreeSize,
    DateTimeOffset? SignedAt,
    IReadOnlyList<WitnessedBy> Witnesses,
    string Statement);
