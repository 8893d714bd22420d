namespace SanXiang.Silo.Officers;

/// <summary>Why and since when an officer was deactivated (停用): kept with the officer, who stays on record.</summary>
[GenerateSerializer, Immutable]
public sealed record OfficerDeactivation(
    [property: Id(0)] string Reason,
    [property: Id(1)] DateOnly On);
