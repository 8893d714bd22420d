namespace SanXiang.Domain.Integrity.Witnessing;

public enum CosignatureStatus
{
    /// <summary>The note carries no line of this witness's key.</summary>
    Absent,

    Valid,

    /// <summary>A line of this witness's key does not verify: the note is not to be trusted (signed-note).</summary>
    Invalid,
}
