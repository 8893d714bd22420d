using SanXiang.Silo;
using SanXiang.Silo.Agencies;

namespace SanXiang.Benchmarks.Scale;

/// <summary>What the web host's services ask the silo for, measured from a process that holds the grains (the embedded default).</summary>
internal static class SiloMeasurements
{
    public static async Task RunAsync(IGrainFactory grains, IReadOnlyList<AgencyProfile> agencies, int runs)
    {
        var queries = grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform);
        IReadOnlyList<string> supervisor = [ProvinceAgencies.Government];
        var all = await queries.ListAsync(new AgencyQuery(supervisor, AgencyQuery.MaxFirst));
        Report($"supervisor's whole list, {all.Items.Count} agencies, one read-model query (IAgencyQueryGrain.ListAsync)",
            await Timings.MeasureAsync(runs, _ => queries.ListAsync(new AgencyQuery(supervisor, AgencyQuery.MaxFirst))));
        Report("one page of 50 of it (IAgencyQueryGrain.ListAsync)",
            await Timings.MeasureAsync(runs, _ => queries.ListAsync(new AgencyQuery(supervisor, 50))));
        Report("visibility of a township station to the provincial government (IAgencyQueryGrain.IsWithinAsync)",
            await Timings.MeasureAsync(runs * 10, i => queries.IsWithinAsync(supervisor, agencies[^(1 + i % 500)].Id)));
        Report($"before: the same list as main built it (directory + a grain call per level per agency; {await LegacyVisibility.CountVisibleAsync(grains, ProvinceAgencies.Government)} agencies)",
            await Timings.MeasureAsync(3, _ => LegacyVisibility.CountVisibleAsync(grains, ProvinceAgencies.Government), warmUp: 1));

        // Per request, the web host now answers from its tenant cache (a dictionary look-up; measured through
        // /graphql below) and asks the read model only on a miss; main asked the directory grain every time.
        var directory = grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform);
        string Tenant(int i) => agencies[i * 7919 % agencies.Count].Id;
        Report("tenant resolution before: the directory grain per request (main's AgencyTenantStore)",
            await Timings.MeasureAsync(runs * 20, i => directory.FindAsync(Tenant(i))));
        Report("tenant resolution now, on a cache miss: one read-model query (IAgencyQueryGrain.FindAsync)",
            await Timings.MeasureAsync(runs * 20, i => queries.FindAsync(Tenant(i))));
    }

    private static void Report(string what, string figures) => Console.WriteLine($"  {what}: {figures}");
}
