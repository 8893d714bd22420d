using SanXiang.Silo.Calendar;
using SanXiang.Silo.Grains.Calendar;

namespace SanXiang.Silo.Grains.Tests.Calendar;

public class CalendarCacheShould
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static CalendarSettings Amended => new([CalendarSamples.Original(), CalendarSamples.Amended()], [], 2);

    [Fact]
    public async Task ReadAndBuildTheCalendarOnceForManyCommands()
    {
        var reads = 0;
        var cache = new CalendarCache(() => { reads++; return Task.FromResult(Amended); }, new ManualClock(Start));

        var editions = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => cache.GetAsync()));

        Assert.Equal(1, reads);
        Assert.All(editions, edition => Assert.Same(editions[0].Calendar, edition.Calendar));
        Assert.Equal(new DateOnly(2019, 5, 8), editions[0].Calendar.AddWorkingDays(CalendarSamples.Filed, 5).Value);
    }

    [Fact]
    public async Task ServeAPushedVersionWithoutAskingThePlatform()
    {
        var reads = 0;
        var cache = new CalendarCache(() => { reads++; return Task.FromResult(CalendarSettings.Official); }, new ManualClock(Start));
        await cache.GetAsync();

        cache.Offer(Amended);
        var edition = await cache.GetAsync();

        Assert.Equal(1, reads);
        Assert.Equal(2, edition.Version);
        Assert.Equal(new DateOnly(2019, 5, 8), edition.Calendar.AddWorkingDays(CalendarSamples.Filed, 5).Value);
    }

    [Fact]
    public async Task KeepAPushedVersionWhenAnOlderReadAnswersAfterIt()
    {
        var slowRead = new TaskCompletionSource<CalendarSettings>();
        var cache = new CalendarCache(() => slowRead.Task, new ManualClock(Start));
        var reading = cache.GetAsync();

        cache.Offer(Amended);
        slowRead.SetResult(CalendarSettings.Official);
        await reading;

        Assert.Equal(2, cache.Current!.Version);
        Assert.Equal(2, (await cache.GetAsync()).Version);
    }

    [Fact]
    public async Task ReadThePlatformAgainWhenNoPushCameForFiveMinutes()
    {
        var clock = new ManualClock(Start);
        var answers = new Queue<CalendarSettings>([CalendarSettings.Official, Amended]);
        var cache = new CalendarCache(() => Task.FromResult(answers.Dequeue()), clock);
        var first = await cache.GetAsync();

        clock.Now += CalendarCache.MaxAge - TimeSpan.FromSeconds(1);
        var stillFirst = await cache.GetAsync();
        clock.Now += TimeSpan.FromSeconds(2);
        var second = await cache.GetAsync();

        Assert.Equal(0, first.Version);
        Assert.Same(first.Calendar, stillFirst.Calendar);
        Assert.Equal(2, second.Version);
    }
}
