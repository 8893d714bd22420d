namespace SanXiang.Domain.Integrity.Witnessing;

/// <summary>The tree head a witness last cosigned for one log: what the next checkpoint must be consistent with.</summary>
public sealed record WitnessedHead(long TreeSize, byte[] RootHash);
