using System.Reflection;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Host.Tests.Catalog;
using SanXiang.Silo.Host.Transparency;
using SanXiang.Silo.Transparency;

namespace SanXiang.Silo.Host.Tests.Transparency;

public sealed class CheckpointScheduleShould
{
    [Fact]
    public async Task MakeNoCallPerAgencyAtSiloStartForAProvinceOf7000Agencies()
    {
        var calls = new List<string>();
        var grains = CountingGrains.Create(calls, agencies: 7_000);
        var lifecycle = new StagedLifecycle();
        new CheckpointSchedule(grains, Microsoft.Extensions.Logging.Abstractions.NullLogger<CheckpointSchedule>.Instance).Participate(lifecycle);

        await lifecycle.StartAsync();

        Assert.Equal([$"{nameof(ICheckpointScheduleGrain)}.{nameof(ICheckpointScheduleGrain.EnsureScheduledAsync)}"], calls);
    }

    /// <summary>A grain factory whose grains record each call; the directory lists a province of agencies if asked.</summary>
    public class CountingGrains : DispatchProxy
    {
        private List<string> calls = [];
        private int agencies;

        public static IGrainFactory Create(List<string> calls, int agencies)
        {
            var factory = DispatchProxy.Create<IGrainFactory, CountingGrains>();
            var proxy = (CountingGrains)(object)factory;
            proxy.calls = calls;
            proxy.agencies = agencies;
            return factory;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name == nameof(IGrainFactory.GetGrain) && targetMethod.IsGenericMethod)
            {
                var type = targetMethod.GetGenericArguments()[0];
                var grain = typeof(DispatchProxy).GetMethod(nameof(DispatchProxy.Create), 2, Type.EmptyTypes)!.MakeGenericMethod(type, typeof(CountingGrain)).Invoke(null, null)!;
                ((CountingGrain)grain).Record = (name) => calls.Add($"{type.Name}.{name}");
                ((CountingGrain)grain).Agencies = agencies;
                return grain;
            }

            throw new NotSupportedException(targetMethod.Name);
        }
    }

    public class CountingGrain : DispatchProxy
    {
        public Action<string> Record { get; set; } = _ => { };

        public int Agencies { get; set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            Record(targetMethod.Name);
            if (targetMethod.ReturnType == typeof(Task<IReadOnlyList<AgencyProfile>>))
            {
                IReadOnlyList<AgencyProfile> province = [.. Enumerable.Range(0, Agencies).Select(i => new AgencyProfile($"henan-{i:D4}", $"机关{i}", AgencyLevel.County, "market-regulation", "410000", null, null, true, null))];
                return Task.FromResult(province);
            }

            return targetMethod.ReturnType == typeof(Task) ? Task.CompletedTask : throw new NotSupportedException(targetMethod.Name);
        }
    }
}
