using System.Globalization;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Benchmarks;

/// <summary>
/// <c>append-until-killed --provider sqlite|postgres (--data-dir D | --connection C) [--tenant T] [--cases 16]</c>:
/// the victim of the crash test. Appends one event at a time to each case through the group-commit
/// store and prints <c>ack {case} {seq}</c> once each append is acknowledged, until it is killed.
/// </summary>
internal static class AppendUntilKilledCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = CommandOptions.Get(args, "--provider") ?? "sqlite";
        var dataDir = CommandOptions.Get(args, "--data-dir") ?? Path.Combine(Path.GetTempPath(), $"sanxiang-crash-{Guid.NewGuid():N}");
        var tenant = CommandOptions.Get(args, "--tenant") ?? "crash";
        var cases = CommandOptions.GetInt(args, "--cases", 16);
        var database = await EventLogTargets.PrepareAsync(provider, CommandOptions.Get(args, "--connection"), dataDir);
        await using var store = new CaseEventStore(database);
        var output = TextWriter.Synchronized(Console.Out);
        await output.WriteLineAsync("ready");
        await Task.WhenAll(Enumerable.Range(0, cases).Select(async i =>
        {
            var caseId = $"case-{i}";
            long last = await store.ReadAsync(tenant, caseId).CountAsync();
            while (true)
            {
                var result = await store.AppendAsync(tenant, caseId, last, [EventLogTargets.Event(caseId, last + 1)]);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"{caseId}: unexpected conflict at {last}");
                }

                last = result.LastSequence;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"ack {caseId} {last}"));
            }
        }));
        return 0;
    }
}
