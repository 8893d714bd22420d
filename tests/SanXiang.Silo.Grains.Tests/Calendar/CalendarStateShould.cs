using Newtonsoft.Json;
using SanXiang.Silo.Calendar;
using SanXiang.Silo.Grains.Calendar;

namespace SanXiang.Silo.Grains.Tests.Calendar;

public class CalendarStateShould
{
    // Orleans' default storage serializer (Newtonsoft, used by the memory storage of the grain tests) fills
    // the Settings object a new State already holds instead of replacing it; that object must not be shared.
    [Fact]
    public void LeaveTheOfficialSettingsUnchangedWhenAStoredStateIsRead()
    {
        var stored = new CalendarGrain.State { Settings = new CalendarSettings([CalendarSamples.Original(), CalendarSamples.Amended()], [], 6) };

        var read = JsonConvert.DeserializeObject<CalendarGrain.State>(JsonConvert.SerializeObject(stored))!;

        Assert.Equal(6, read.Settings.Version);
        Assert.Equal(0, CalendarSettings.Official.Version);
        Assert.Empty(CalendarSettings.Official.Amendments);
    }
}
