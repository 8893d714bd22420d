namespace SanXiang.Domain.Integrity.Witnessing;

/// <summary>What a note says of one witness: whether it cosigned, and when (<see cref="Time"/>, UTC, to the second).</summary>
public sealed record CosignatureCheck(CosignatureStatus Status, DateTimeOffset? Time)
{
    public static readonly CosignatureCheck Absent = new(CosignatureStatus.Absent, null);

    public static readonly CosignatureCheck Invalid = new(CosignatureStatus.Invalid, null);

    public static CosignatureCheck Valid(DateTimeOffset time) => new(CosignatureStatus.Valid, time);
}
