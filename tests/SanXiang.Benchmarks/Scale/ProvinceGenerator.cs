using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.Cases;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Sectors;

namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// Fills a silo's database with a province through the product's own grains, one step at a time so
/// that later steps (cases, events) can be added beside these: the directory in one bulk write,
/// then each agency's own grain (as catalog seeding writes it), then each agency's officers in one
/// roster import, then the accounts the measurements sign in with; then the cases, appended to the event log
/// through the product's writer (<see cref="ProvinceCases"/>), the read model rebuilt from that log by the product's
/// rebuild (<see cref="CaseReadModelRebuild"/>, timed with the process's peak memory), and the busiest agency's
/// first checkpoint, which every proof is made against.
/// </summary>
internal sealed class ProvinceGenerator(IServiceProvider services, ProvinceShape shape, int parallel)
{
    private readonly IGrainFactory grains = services.GetRequiredService<IGrainFactory>();

    public const string SupervisorUser = "hn-gov.supervisor";

    public const string SupervisorPassword = "Scale-Bench#2026-省级监督";

    public IReadOnlyList<AgencyProfile> Agencies { get; } = ProvinceAgencies.For(shape);

    public async Task<IReadOnlyList<GeneratorStep>> RunAsync()
    {
        IReadOnlyList<GeneratorStep> directory = await DirectoryAsync();
        if (shape.Cases == 0)
        {
            return directory;
        }

        var cases = new ProvinceCases(services, shape, Agencies);
        long events = 0;
        var appended = await StepAsync("cases (event log, the product's group-commit writer)", shape.Cases, async () => events = await cases.WriteAsync());
        var store = services.GetRequiredService<CaseEventStore>();
        var rebuild = new CaseReadModelRebuild(store, services.GetRequiredService<CaseProcedures>(), services.GetRequiredService<ISectorRegistry>());
        var before = BuiltWebHost.Memory(Environment.ProcessId).Rss;
        ProcessMeter.ResetPeak(Environment.ProcessId);
        ReadModelRebuildResult? rebuilt = null;
        var readModel = await StepAsync("read model (CaseReadModelRebuild over the whole log)", shape.Cases, async () => rebuilt = await rebuild.RunAsync());
        var peak = BuiltWebHost.Memory(Environment.ProcessId).Hwm;
        if (rebuilt!.Events != events)
        {
            throw new InvalidOperationException($"the rebuild folded {rebuilt.Events} events, the generator appended {events}");
        }

        var checkpoint = await StepAsync($"first checkpoint of {ProvinceCases.Busiest} ({shape.BusiestCases} case heads)", shape.BusiestCases, () =>
            services.GetRequiredService<TenantMerkleLog>().CheckpointAsync(ProvinceCases.Busiest, DateTimeOffset.UtcNow));
        RebuildMemory = (before / 1024.0, peak / 1024.0);
        return [.. directory, appended with { Name = $"{appended.Name}, {events} events" }, readModel, checkpoint];
    }

    /// <summary>Resident memory (MiB) of this process before the rebuild and at its peak during it (silo included).</summary>
    public (double Before, double Peak) RebuildMemory { get; private set; }

    private async Task<IReadOnlyList<GeneratorStep>> DirectoryAsync()
    {
        return
        [
            await StepAsync("agencies (directory)", Agencies.Count, () => grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).RecordAllAsync(Agencies)),
            await StepAsync("agencies (agency grains)", Agencies.Count, () => ForEachAsync(Agencies, (profile, _) =>
                grains.GetGrain<IAgencyGrain>(profile.Id).SeedAsync(new Agency(profile, [], null, null), "scale-benchmark"))),
            await StepAsync("officers (roster imports)", shape.Officers, () => ForEachAsync(Agencies, async (profile, index) =>
            {
                var problems = await grains.GetGrain<IOfficerRosterGrain>(profile.Id).ImportAsync(ProvinceOfficers.For(index, profile.Name, Agencies.Count, shape.Officers));
                if (problems.Count > 0)
                {
                    throw new InvalidOperationException($"{profile.Id}: {problems[0].Message}");
                }
            })),
            await StepAsync("accounts", 1, () => grains.GetGrain<IAccountGrain>(AccountKey.For(SupervisorUser)).CreateAsync(
                "河南省人民政府监督人员（压测）", SupervisorPassword, false, [new Membership(ProvinceAgencies.Government, TenantRole.Supervisor)])),
        ];
    }

    private static async Task<GeneratorStep> StepAsync(string name, int rows, Func<Task> step)
    {
        var clock = Stopwatch.StartNew();
        await step();
        // Printed as it ends too: a province of millions of events takes a while, and a stopped run keeps its steps.
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"    step: {name} {rows} in {clock.Elapsed.TotalSeconds:F1} s (load average {File.ReadAllText("/proc/loadavg")[..14]})"));
        return new GeneratorStep(name, rows, clock.Elapsed);
    }

    private Task ForEachAsync(IReadOnlyList<AgencyProfile> agencies, Func<AgencyProfile, int, Task> work) =>
        System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, agencies.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (index, _) => await work(agencies[index], index));
}
