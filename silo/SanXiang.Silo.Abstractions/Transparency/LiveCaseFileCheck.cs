namespace SanXiang.Silo.Transparency;

/// <summary>
/// What the agency's live log says of a case file: <see cref="KeyMatches"/> — the file's key is the agency's;
/// <see cref="TreeInLog"/> — the tree the file's checkpoint signed is a prefix of the live log; <see cref="LatestHeadSequence"/>
/// — the case's last event in the latest checkpoint (null when that checkpoint has no head for it), signed at <see cref="LatestSignedAt"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LiveCaseFileCheck(
    [property: Id(0)] bool KeyMatches,
    [property: Id(1)] bool TreeInLog,
    [property: Id(2)] long? LatestHeadSequence,
    [property: Id(3)] DateTimeOffset? LatestSignedAt);
