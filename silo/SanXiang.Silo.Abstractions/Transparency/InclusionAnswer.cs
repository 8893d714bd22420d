namespace SanXiang.Silo.Transparency;

/// <summary>The proof, or why there is none, in Chinese for the public page.</summary>
[GenerateSerializer, Immutable]
public sealed record InclusionAnswer(
    [property: Id(0)] EventInclusionProof? Proof,
    [property: Id(1)] string? Problem)
{
    public static InclusionAnswer Found(EventInclusionProof proof) => new(proof, null);

    public static InclusionAnswer Missing(string problem) => new(null, problem);
}
