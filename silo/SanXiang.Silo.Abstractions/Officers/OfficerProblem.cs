namespace SanXiang.Silo.Officers;

/// <summary>Why one officer of an import was refused: its position in the batch (0-based) and the Chinese reason.</summary>
[GenerateSerializer, Immutable]
public sealed record OfficerProblem(
    [property: Id(0)] int Index,
    [property: Id(1)] string Message);
