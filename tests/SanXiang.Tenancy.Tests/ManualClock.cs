namespace SanXiang.Tenancy.Tests;

/// <summary>A clock the test moves: the cache's sync interval passes only when the test says so.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
