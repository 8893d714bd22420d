using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity;

public class CheckpointWindowShould
{
    private static readonly string[] Province = [.. Enumerable.Range(0, 7_000).Select(i => $"henan-{i:D4}")];

    [Fact]
    public void SignEveryAgencyOnceADayWhenTicksComeEveryFiveMinutes()
    {
        var start = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var signings = Province.ToDictionary(a => a, _ => 0);
        var busiest = 0;
        for (var tick = start; tick < start.AddDays(2); tick = tick.AddMinutes(5))
        {
            var due = Province.Where(a => CheckpointWindow.IsDue(a, tick, tick.AddMinutes(5))).ToList();
            busiest = Math.Max(busiest, due.Count);
            foreach (var agency in due)
            {
                signings[agency]++;
            }
        }

        Assert.All(signings.Values, count => Assert.Equal(2, count));

        // 7 000 agencies over 72 five-minute ticks: about 97 a tick, not 7 000 in one minute.
        Assert.InRange(busiest, 1, 160);
    }

    [Fact]
    public void KeepEverySigningInsideTheWindowAfterMidnightBeijingTime()
    {
        var day = new DateOnly(2026, 12, 1);
        foreach (var agency in Province)
        {
            var time = CheckpointWindow.SigningTime(agency, day).ToOffset(TimeSpan.FromHours(8));
            Assert.Equal(day, DateOnly.FromDateTime(time.DateTime));
            Assert.InRange(time.TimeOfDay, new TimeSpan(0, 5, 0), new TimeSpan(6, 5, 0));
            Assert.Equal(time, CheckpointWindow.SigningTime(agency, day.AddDays(1)).AddDays(-1));
        }
    }

    [Fact]
    public void MakeUpForAMissedDayWithOneSigningPerAgency()
    {
        var agency = Province[42];
        var until = CheckpointWindow.SigningTime(agency, new DateOnly(2026, 12, 5)).AddMinutes(1);

        Assert.True(CheckpointWindow.IsDue(agency, until.AddDays(-3), until));
        Assert.False(CheckpointWindow.IsDue(agency, until, until));
    }
}
