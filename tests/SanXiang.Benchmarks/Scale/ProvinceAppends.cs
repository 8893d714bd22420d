using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;
using SanXiang.Plugins;
using SanXiang.Silo.Files;
using SanXiang.Silo.Grains.Cases;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;

namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// Durable appends to the busiest agency's log once it holds the province's events, as the case grain makes
/// them: for each of <c>cases</c> new cases at once, the engine's next event (evidence, a recording), the case's
/// read-model row derived from the state with it applied (<see cref="CaseViews.Summary"/>,
/// <see cref="CaseSummaryWrite.Since"/>) and one append through the silo's own store, whose participants write
/// the Merkle tree's nodes and that row in the append's transaction. Each case issues its next append as soon as
/// the previous one is acknowledged; the latency is the append's, from the call to its durable commit.
/// </summary>
internal static class ProvinceAppends
{
    public static async Task<string> MeasureAsync(IServiceProvider services, ProvinceShape shape, int cases, TimeSpan duration)
    {
        var store = services.GetRequiredService<CaseEventStore>();
        var inputs = services.GetRequiredService<CaseInputs>();
        var calendar = (await inputs.CalendarAsync()).Calendar;
        using var content = new MemoryStream([.. Enumerable.Range(0, 4096).Select(i => (byte)i)]);
        var file = await services.GetRequiredService<IBlobStore>().WriteAsync(content, "现场照片.jpg", "image/jpeg");
        var generated = new ProvinceCases(services, shape, ProvinceAgencies.For(shape));
        var agency = generated.IndexOf(ProvinceCases.Busiest);
        var desk = await ProvinceCases.Desk.ForAsync(inputs, ProvinceAgencies.For(shape)[agency], agency, shape.Agencies, shape.Officers);
        var engine = desk.Penalty;
        var step = engine.Steps.First(s => s.Kind == CaseStepKind.Investigation).Id;
        // New cases after the generated ones; a second run on the same database (--data-dir) takes the next free block.
        var first = shape.BusiestCases;
        while (await store.ReadAsync(desk.TenantId, ProvinceCases.CaseId(first)).AnyAsync())
        {
            first += cases;
        }

        var live = Enumerable.Range(0, cases).Select(i => new LiveCase(ProvinceCases.CaseId(first + i))).ToList();

        // Warm-up: each case's opening, with its first row.
        await Task.WhenAll(live.Select(c => c.AppendAsync(store, desk.TenantId, engine, engine.Open(
            new OpenCaseCommand($"{c.Id}号压测案件", EnforcementCategory.Penalty, new CaseParty("郑州压测商贸有限公司", PartyKind.Organisation, ProvinceCases.CreditCode(999_999_999)), false, null, [.. desk.OfficerIds.Take(2)], ProvinceCases.Actor, DateTimeOffset.UtcNow),
            desk.Roster,
            calendar))));

        var clock = Stopwatch.StartNew();
        var latencies = await Task.WhenAll(live.Select(async c =>
        {
            var times = new List<double>(4096);
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                var at = DateTimeOffset.UtcNow;
                CaseEvent next = n % 2 == 0
                    ? engine.AddEvidence(c.State, new AddEvidenceCommand(file, step, "现场检查照片", ProvinceCases.Actor, at))
                    : engine.AddRecording(c.State, new AddRecordingCommand(file, AvKind.Photo, step, "执法记录仪 DSJ-A8", at, desk.OfficerIds[0], false, ProvinceCases.Actor, at));
                times.Add(await c.AppendAsync(store, desk.TenantId, engine, next));
            }

            return times;
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{all.Length / seconds:F0} appends/s, p50 {Percentile(all, 0.50):F1} ms, p99 {Percentile(all, 0.99):F1} ms, max {all[^1]:F1} ms ({cases} cases, {seconds:F0} s)");
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>One appending case: its state, sequence and the row last written, as its grain keeps them.</summary>
    private sealed class LiveCase(string id)
    {
        private readonly EventCodec<CaseEvent> codec = CaseEventCodec.Instance;
        private CaseSummary? written;
        private long sequence;

        public string Id { get; } = id;

        public CaseState State { get; private set; } = new();

        /// <summary>Appends <paramref name="event"/> with the case's new row; returns the append's latency in ms.</summary>
        public async Task<double> AppendAsync(CaseEventStore store, string tenantId, CaseProcedure engine, CaseEvent @event)
        {
            var kind = codec.KindOf(@event);
            var payload = codec.Encode(@event);
            var next = State.Clone();
            next.Apply(codec.Decode(kind, payload));
            var summary = CaseViews.Summary(tenantId, Id, next, engine, sequence + 1);
            var files = @event is IAttachesFiles attached ? attached.Files.Select(f => f.Hash).ToList() : null;
            var started = Stopwatch.GetTimestamp();
            var result = await store.AppendAsync(tenantId, Id, sequence, [new NewCaseEvent(kind, payload, @event.Actor, @event.At, files)], [CaseSummaryWrite.Since(written, summary)]);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{tenantId}/{Id}: unexpected conflict at {sequence}");
            }

            State = next;
            sequence = result.LastSequence;
            written = summary;
            return elapsed;
        }
    }
}
