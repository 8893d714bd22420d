using SanXiang.Silo.Calendar;

namespace SanXiang.Silo.Grains.Calendar;

/// <summary>
/// This silo's working-day calendar, built once per calendar version instead of on every case command
/// (issue 9: every command asked the platform grain and rebuilt the calendar). The platform grain hands
/// every active silo a new version before it returns from a change (<see cref="CalendarCachePush"/>), so a
/// silo serves the amended calendar from the moment the amendment reaches it — and the sweep that
/// recomputes open deadlines, which starts after that, never sees the old one.
/// </summary>
/// <param name="loadAsync">Reads the platform's settings (the calendar grain).</param>
public sealed class CalendarCache(Func<Task<CalendarSettings>> loadAsync, TimeProvider clock)
{
    // A silo that missed a push (it joined at that moment, or the call to it failed) reads the platform
    // grain again after this long; a pushed silo never waits for it.
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly Lock gate = new();
    private CalendarEdition? current;
    private Task<CalendarEdition>? loading;

    /// <summary>What this silo holds now, without asking anyone; null before the first read or push.</summary>
    public CalendarEdition? Current => Volatile.Read(ref current);

    public Task<CalendarEdition> GetAsync()
    {
        if (Current is { } edition && clock.GetUtcNow() - edition.CheckedAt < MaxAge)
        {
            return Task.FromResult(edition);
        }

        // One read of the platform grain at a time, however many case grains ask at once.
        lock (gate)
        {
            if (loading is null || loading.IsCompleted)
            {
                loading = LoadAsync();
            }

            return loading;
        }
    }

    /// <summary>
    /// Keeps the newer of what the silo holds and <paramref name="settings"/>: a read that was slow to
    /// answer never replaces a version pushed after it was sent.
    /// </summary>
    public CalendarEdition Offer(CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var now = clock.GetUtcNow();
        lock (gate)
        {
            var held = current;
            if (held is not null && held.Version > settings.Version)
            {
                return held;
            }

            var next = held is not null && held.Version == settings.Version
                ? held with { CheckedAt = now }
                : new CalendarEdition(settings.Version, settings.ToCalendar(), now);
            Volatile.Write(ref current, next);
            return next;
        }
    }

    private async Task<CalendarEdition> LoadAsync() => Offer(await loadAsync());
}
