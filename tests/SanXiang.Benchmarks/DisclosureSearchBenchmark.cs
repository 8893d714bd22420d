using System.Diagnostics;
using System.Globalization;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Disclosures;
using SanXiang.Plugins;
using SanXiang.Silo.Disclosures;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;

namespace SanXiang.Benchmarks;

/// <summary>
/// <c>disclosures [--provider sqlite|postgres|both] [--connection C] [--decisions 200000] [--agencies 100] [--clients 50] [--seconds 10]</c>:
/// writes N published decisions (masked parties of common surnames, document numbers, decision days over two years)
/// straight into the read model's <c>disclosures</c> table with <see cref="DisclosureTable"/>, then runs C concurrent
/// clients, closed loop, each asking the portal's search (<see cref="DisclosureQueries.SearchPublishedAsync"/>, a page
/// of 20) in turn: an agency's newest page, a masked party in an agency, a document number across all agencies, a date
/// range in an agency; prints p50/p95/p99 per shape. The SQL the portal runs, without HTTP in front.
/// </summary>
internal static class DisclosureSearchBenchmark
{
    private const int Batch = 2_000;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = CommandOptions.Get(args, "--provider") ?? "sqlite";
        var connection = CommandOptions.Get(args, "--connection") ?? Environment.GetEnvironmentVariable("SANXIANG_TEST_POSTGRES");
        var decisions = CommandOptions.GetInt(args, "--decisions", 200_000);
        var agencies = CommandOptions.GetInt(args, "--agencies", 100);
        var clients = CommandOptions.GetInt(args, "--clients", 50);
        var seconds = CommandOptions.GetInt(args, "--seconds", 10);
        foreach (var name in provider == "both" ? ["sqlite", "postgres"] : new[] { provider })
        {
            var dataDir = Path.Combine(Path.GetTempPath(), $"sanxiang-disclosures-{Guid.NewGuid():N}");
            var database = await EventLogTargets.PrepareAsync(name, connection, dataDir);
            var run = Guid.NewGuid().ToString("N")[..6];
            try
            {
                var watch = Stopwatch.StartNew();
                await GenerateAsync(database, run, decisions, agencies);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: wrote {decisions} published decisions over {agencies} agencies in {watch.Elapsed.TotalSeconds:F1} s"));
                await MeasureAsync(name, new DisclosureQueries(database), run, decisions, agencies, clients, TimeSpan.FromSeconds(seconds));
            }
            finally
            {
                if (name == "sqlite")
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(dataDir, recursive: true);
                }
            }
        }

        return 0;
    }

    private static string Tenant(string run, int agency) => $"bench-{run}-{agency:000}";

    private static string Number(int n) => string.Create(CultureInfo.InvariantCulture, $"测市监罚〔{2025 + (n % 2)}〕{n}号");

    private static async Task GenerateAsync(EventLogDatabase database, string run, int decisions, int agencies)
    {
        var start = new DateTimeOffset(2025, 1, 1, 1, 0, 0, TimeSpan.Zero);
        for (var first = 0; first < decisions; first += Batch)
        {
            var writes = new List<DisclosureWrite>(Batch);
            for (var n = first; n < Math.Min(decisions, first + Batch); n++)
            {
                var at = start.AddMinutes(n * 730.0 * 24 * 60 / decisions);
                var decided = DateOnly.FromDateTime(at.UtcDateTime).AddDays(-3);
                var party = Surnames[n % Surnames.Length] + (n % 3 == 0 ? "某" : "某某");
                var record = new PublishedDecision("测试市市场监督管理局", Number(n), party, PartyKind.Citizen, null, EnforcementCategory.Penalty, "罚款（罚款5,000元）", "《中华人民共和国食品安全法》第一百二十四条", "当事人销售超过保质期的食品", decided);
                writes.Add(new DisclosureWrite(new DisclosureEntry(
                    Tenant(run, n % agencies), string.Create(CultureInfo.InvariantCulture, $"2025-{n:0000000}"), "销售超过保质期的食品案", party, EnforcementCategory.Penalty, decided, record.DocumentNumber,
                    DisclosureStatus.Published, decided.AddDays(9), null, null, null, at, at, DateOnly.FromDateTime(at.UtcDateTime).AddYears(3), 12, record.Hash, record, null, null, null, null, null)));
            }

            await using var connection = await database.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await DisclosureTable.WriteAsync(connection, transaction, database.Dialect, writes, CancellationToken.None);
            await transaction.CommitAsync();
        }
    }

    private static async Task MeasureAsync(string provider, DisclosureQueries queries, string run, int decisions, int agencies, int clients, TimeSpan duration)
    {
        var today = new DateOnly(2027, 1, 10);
        (string Name, Func<int, PublishedDecisionQuery> Query)[] shapes =
        [
            ("agency-newest", i => new PublishedDecisionQuery(today, Tenant(run, i % agencies))),
            ("agency-party", i => new PublishedDecisionQuery(today, Tenant(run, i % agencies), Surnames[i % Surnames.Length] + "某某")),
            ("number-everywhere", i => new PublishedDecisionQuery(today, null, Number((int)((i * 7919L) % decisions)))),
            ("agency-dates", i => new PublishedDecisionQuery(today, Tenant(run, i % agencies), From: new DateOnly(2025, 6, 1), To: new DateOnly(2025, 6, 30))),
        ];
        var timings = shapes.Select(_ => new List<double>()).ToArray();
        var stop = DateTime.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var mine = shapes.Select(_ => new List<double>()).ToArray();
            for (var i = client; DateTime.UtcNow < stop; i += clients)
            {
                var shape = i % shapes.Length;
                var watch = Stopwatch.StartNew();
                await queries.SearchPublishedAsync(shapes[shape].Query(i), 20, null);
                mine[shape].Add(watch.Elapsed.TotalMilliseconds);
            }

            lock (timings)
            {
                for (var s = 0; s < shapes.Length; s++)
                {
                    timings[s].AddRange(mine[s]);
                }
            }
        })));
        for (var s = 0; s < shapes.Length; s++)
        {
            var sorted = timings[s].Order().ToArray();
            double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider} {shapes[s].Name}: {sorted.Length} searches, p50 {At(0.50):F2} ms, p95 {At(0.95):F2} ms, p99 {At(0.99):F2} ms ({clients} clients)"));
        }
    }
}
