namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>What a rebuild did: cases written, events folded, time taken.</summary>
public sealed record ReadModelRebuildResult(int Cases, long Events, TimeSpan Elapsed);
