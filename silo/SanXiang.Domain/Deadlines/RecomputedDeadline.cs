namespace SanXiang.Domain.Deadlines;

public sealed record RecomputedDeadline(string Key, Deadline Before, Deadline After)
{
    public bool Moved => Before.Due != After.Due;

    /// <summary>The due date no longer rests on a provisional year (the notice came out), whether or not it moved.</summary>
    public bool BecameOfficial => Before.Provisional && !After.Provisional;
}
