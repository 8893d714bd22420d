using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Agencies;
using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Files;
using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Files;
using SanXiang.Silo.Grains.Cases;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// The cases of a generated province, filed in 2025. Each case's events are the ones the product's case engine
/// (<see cref="CaseProcedure"/>) makes for the commands an officer would give — 立案, evidence and recordings of
/// the investigation, proposed decisions — encoded by the event log's codec, and are appended through the
/// product's own group-commit writer, a whole case per append: so the chain hashes, the log positions and the
/// Merkle tree's stored nodes are the ones the silo writes. The read model is then rebuilt from the log.
/// The evidence files are a few real blobs in the blob store, shared by every case (the same photos).
/// No case is closed: closing needs the case file's issued documents, which the generator does not issue.
/// </summary>
internal sealed class ProvinceCases(IServiceProvider services, ProvinceShape shape, IReadOnlyList<AgencyProfile> agencies)
{
    /// <summary>郑州市市场监督管理局, the agency that files most cases.</summary>
    public const string Busiest = "hn-c01-scjg";

    public const string Actor = "scale-benchmark";

    // Appends in flight: enough for the writer to fill batches of 512 appends (5 120 events) while the next are made.
    private const int InFlight = 2048;

    private static readonly DateTimeOffset YearStart = new(2025, 1, 2, 1, 0, 0, TimeSpan.Zero);

    private static readonly string[] Violations =
    [
        "销售超过保质期的食品", "未按规定公示营业执照", "发布虚假广告", "无照经营", "使用未经检定的计量器具",
        "销售不合格电器产品", "不明码标价", "生产经营标签不符合规定的食品", "未建立进货查验记录", "侵犯注册商标专用权",
    ];

    private static readonly string[] Firms = ["金水", "中原", "二七", "管城", "惠济", "上街", "航空港", "郑东", "高新", "经开"];

    private static readonly string[] Trades = ["商贸有限公司", "食品店", "超市有限公司", "电器商行", "餐饮管理有限公司"];

    private readonly EventCodec<CaseEvent> codec = CaseEventCodec.Instance;

    private Exception? failure;

    /// <summary>The case id of the <paramref name="n"/>-th case filed with its agency (0-based): 2025-0000001 on.</summary>
    public static string CaseId(int n) => string.Create(CultureInfo.InvariantCulture, $"2025-{n + 1:D7}");

    /// <summary>How many cases each agency files: the busiest its share, the others the rest in turn.</summary>
    public int[] CasesPerAgency()
    {
        var counts = new int[agencies.Count];
        var busiest = IndexOf(Busiest);
        counts[busiest] = shape.BusiestCases;
        var others = agencies.Count - 1;
        for (var i = 0; i < shape.Cases - shape.BusiestCases; i++)
        {
            var index = i % others;
            counts[index >= busiest ? index + 1 : index]++;
        }

        return counts;
    }

    public int IndexOf(string agencyId)
    {
        for (var i = 0; i < agencies.Count; i++)
        {
            if (agencies[i].Id == agencyId)
            {
                return i;
            }
        }

        throw new ArgumentException($"the province has no agency {agencyId}");
    }

    /// <summary>Writes every case; returns the events appended.</summary>
    public async Task<long> WriteAsync()
    {
        var store = services.GetRequiredService<CaseEventStore>();
        var inputs = services.GetRequiredService<CaseInputs>();
        var calendar = (await inputs.CalendarAsync()).Calendar;
        var files = await EvidenceAsync(services.GetRequiredService<IBlobStore>());
        var counts = CasesPerAgency();
        using var slots = new SemaphoreSlim(InFlight);
        long events = 0;
        for (var a = 0; a < agencies.Count && failure is null; a++)
        {
            if (counts[a] == 0)
            {
                continue;
            }

            var desk = await Desk.ForAsync(inputs, agencies[a], a, agencies.Count, shape.Officers);
            for (var n = 0; n < counts[a] && failure is null; n++)
            {
                var caseEvents = Events(desk, n, counts[a], calendar, files);
                events += caseEvents.Count;
                await slots.WaitAsync();
                _ = AppendAsync(store, desk.TenantId, CaseId(n), caseEvents, slots);
            }
        }

        for (var i = 0; i < InFlight; i++)
        {
            await slots.WaitAsync();
        }

        return failure is null ? events : throw new InvalidOperationException("a generated case was refused", failure);
    }

    /// <summary>The events of the <paramref name="n"/>-th of an agency's <paramref name="count"/> cases, spread over the year in filing order.</summary>
    public List<NewCaseEvent> Events(Desk desk, int n, int count, WorkingDayCalendar calendar, IReadOnlyList<StoredFile> files)
    {
        var penalty = n % 5 != 4;
        var engine = penalty ? desk.Penalty : desk.Inspection;
        var opened = YearStart + TimeSpan.FromMinutes(Math.Floor(n * (360.0 * 24 * 60 / Math.Max(1, count))));
        var lead = desk.OfficerIds[n % desk.OfficerIds.Length];
        var second = desk.OfficerIds[(n + 1) % desk.OfficerIds.Length];
        var violation = Violations[n % Violations.Length];
        var party = n % 3 == 0
            ? new CaseParty($"{"王李张刘陈杨赵黄周吴"[n % 10]}某{n % 97}", PartyKind.Citizen, null)
            : new CaseParty($"郑州{Firms[n % Firms.Length]}{Firms[n / 10 % Firms.Length]}{Trades[n % Trades.Length]}", PartyKind.Organisation, CreditCode(n));
        var title = penalty ? $"{party.Name}涉嫌{violation}案" : $"对{party.Name}的日常监督检查";
        var step = engine.Steps.First(s => s.Kind == CaseStepKind.Investigation).Id;

        var state = new CaseState();
        var events = new List<NewCaseEvent>(shape.EventsPerCase);
        Add(engine.Open(new OpenCaseCommand(title, penalty ? EnforcementCategory.Penalty : EnforcementCategory.Inspection, party, false, null, [lead, second], Actor, opened), desk.Roster, calendar));
        for (var j = 1; j < shape.EventsPerCase; j++)
        {
            var at = opened + TimeSpan.FromHours(j * 7);
            var file = files[(n + j) % files.Count];
            Add(penalty && j % 4 == 3
                ? engine.Propose(state, new ProposeDecisionCommand([PenaltyKind.Warning, PenaltyKind.Fine], 5_000m + (n % 20 * 1_000m), 0m, "《中华人民共和国食品安全法》第一百二十四条", $"当事人{violation}，货值金额{n % 900 + 100}元。", false, Actor, at))
                : j % 2 == 1
                    ? engine.AddEvidence(state, new AddEvidenceCommand(file, step, $"现场检查照片第{j}组", Actor, at))
                    : engine.AddRecording(state, new AddRecordingCommand(file, AvKind.Photo, step, "执法记录仪 DSJ-A8", at, lead, false, Actor, at)));
        }

        return events;

        void Add(CaseEvent @event)
        {
            state.Apply(@event);
            var attached = @event is IAttachesFiles withFiles ? withFiles.Files.Select(f => f.Hash).ToList() : null;
            events.Add(new NewCaseEvent(codec.KindOf(@event), codec.Encode(@event), @event.Actor, @event.At, attached));
        }
    }

    // 91 (an enterprise), 410100 (郑州市), a nine-digit organisation code, the check character.
    internal static string CreditCode(int n)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"91410100{n:D9}");
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }

    private static async Task<IReadOnlyList<StoredFile>> EvidenceAsync(IBlobStore blobs)
    {
        var files = new List<StoredFile>();
        var random = new Random(2025);
        for (var i = 1; i <= 4; i++)
        {
            var bytes = new byte[64 * 1024];
            random.NextBytes(bytes);
            using var content = new MemoryStream(bytes);
            files.Add(await blobs.WriteAsync(content, $"现场照片{i}.jpg", "image/jpeg"));
        }

        return files;
    }

    private async Task AppendAsync(CaseEventStore store, string tenantId, string caseId, List<NewCaseEvent> events, SemaphoreSlim slots)
    {
        try
        {
            var result = await store.AppendAsync(tenantId, caseId, 0, events);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{tenantId}/{caseId} already has {result.LastSequence} events: generate into a fresh database");
            }
        }
        catch (Exception exception)
        {
            failure ??= exception;
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>What an agency's cases are made with: its engines for the two case kinds and its officers as the roster answers.</summary>
    internal sealed record Desk(string TenantId, CaseProcedure Penalty, CaseProcedure Inspection, IReadOnlyDictionary<string, NamedOfficer> Roster, string[] OfficerIds)
    {
        public static async Task<Desk> ForAsync(CaseInputs inputs, AgencyProfile agency, int index, int agencies, int officers)
        {
            var ids = CaseInputs.OfficerIds([.. ProvinceOfficers.For(index, agency.Name, agencies, officers).Select(o => o.CertificateNumber)]);
            if (ids.Count < 2)
            {
                throw new ArgumentException($"{agency.Id} has {ids.Count} officers; a case needs two: give more --officers");
            }

            return new Desk(agency.Id, await EngineAsync(EnforcementCategory.Penalty), await EngineAsync(EnforcementCategory.Inspection), await inputs.RosterAsync(agency.Id, ids), [.. ids]);

            async Task<CaseProcedure> EngineAsync(EnforcementCategory category)
            {
                var procedure = await inputs.ProcedureForNewCaseAsync(agency.Id, category);
                await inputs.PinAsync(procedure);
                return await inputs.EngineAsync(agency.Id, procedure, false);
            }
        }
    }
}
