namespace SanXiang.Silo.Agencies;

/// <summary>
/// The directory's version now and the agencies changed since the version asked about.
/// <see cref="ChangedIds"/> is null when the changes cannot be listed (too many, or the directory
/// was rebuilt behind the asker's version): the asker must then forget everything it holds.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgencyChanges(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<string>? ChangedIds);
