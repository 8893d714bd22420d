using System.Diagnostics;
using SanXiang.Silo;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Officers;

namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// Fills a silo's database with a province through the product's own grains, one step at a time so
/// that later steps (cases, events) can be added beside these: the directory in one bulk write,
/// then each agency's own grain (as catalog seeding writes it), then each agency's officers in one
/// roster import, then the accounts the measurements sign in with.
/// </summary>
internal sealed class ProvinceGenerator(IGrainFactory grains, ProvinceShape shape, int parallel)
{
    public const string SupervisorUser = "hn-gov.supervisor";

    public const string SupervisorPassword = "Scale-Bench#2026-省级监督";

    public IReadOnlyList<AgencyProfile> Agencies { get; } = ProvinceAgencies.For(shape);

    public async Task<IReadOnlyList<GeneratorStep>> RunAsync()
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
        return new GeneratorStep(name, rows, clock.Elapsed);
    }

    private Task ForEachAsync(IReadOnlyList<AgencyProfile> agencies, Func<AgencyProfile, int, Task> work) =>
        System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, agencies.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (index, _) => await work(agencies[index], index));
}
