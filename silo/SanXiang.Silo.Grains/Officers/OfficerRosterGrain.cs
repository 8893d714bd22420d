using Microsoft.Extensions.Logging;
using SanXiang.Domain.Cases.Law;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.Plans;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Officers;

/// <summary>
/// The agency's roster. Its state is the source; the public officer list (<c>published_officers</c>) follows it as the
/// agency directory's tables follow the directory: each change is written to the state first, then to the table with
/// the state's new version. A table write that fails (or a silo that stops between the two) leaves the table at an
/// older version, and the next activation, seeing the versions differ, replaces the agency's rows from the state.
/// </summary>
public sealed class OfficerRosterGrain(
    [PersistentState("officers", Names.Storage)] IPersistentState<OfficerRosterGrain.State> state,
    EventLogDatabase database,
    TimeProvider clock,
    ILogger<OfficerRosterGrain> logger) : Grain, IOfficerRosterGrain
{
    private readonly PublishedOfficerTable published = new(database);

    private string TenantId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (await published.ReadVersionAsync(TenantId) != state.State.Version)
        {
            await published.ReplaceAsync(TenantId, state.State.Officers.Values, state.State.Version);
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public Task<IReadOnlyList<Officer>> ListAsync() =>
        Task.FromResult<IReadOnlyList<Officer>>([.. state.State.Officers.Values.OrderBy(o => o.Unit, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal)]);

    public Task<Officer?> FindAsync(string certificateNumber)
    {
        ArgumentNullException.ThrowIfNull(certificateNumber);
        return Task.FromResult(state.State.Officers.GetValueOrDefault(OfficerId.FromCertificate(certificateNumber)));
    }

    public async Task<Officer> AddAsync(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (state.State.Officers.ContainsKey(officer.Normalised().Id))
        {
            throw new SanXiangException(ErrorCodes.Conflict, $"证件编号“{officer.CertificateNumber}”的执法人员已存在。", [new FieldProblem("certificateNumber", $"证件编号“{officer.CertificateNumber}”的执法人员已存在。")]);
        }

        // Every field's problem at once, by field, so the form shows each beside its field.
        SanXiangException.ThrowIfAny(officer.Normalised().FieldProblems());

        var problems = await ImportAsync([officer]);
        if (problems.Count > 0)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, string.Join("；", problems.Select(p => p.Message)) + "。");
        }

        return state.State.Officers[officer.Normalised().Id];
    }

    public async Task<IReadOnlyList<OfficerProblem>> ImportAsync(IReadOnlyList<Officer> officers)
    {
        ArgumentNullException.ThrowIfNull(officers);
        var problems = new List<OfficerProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var normalised = officers.Select(o => o.Normalised()).ToList();
        for (var i = 0; i < normalised.Count; i++)
        {
            var officer = normalised[i];
            var messages = officer.Problems().ToList();
            if (officer.Id.Length > 0)
            {
                if (state.State.Officers.ContainsKey(officer.Id))
                {
                    messages.Add($"证件编号“{officer.CertificateNumber}”已存在");
                }
                else if (seen.TryGetValue(officer.Id, out var first))
                {
                    messages.Add($"证件编号“{officer.CertificateNumber}”与第 {first + 1} 条重复");
                }
                else
                {
                    seen[officer.Id] = i;
                }
            }

            problems.AddRange(messages.Select(m => new OfficerProblem(i, m)));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        // All-or-nothing: nothing is written unless every officer passed, and then all of them in the roster's one write.
        foreach (var officer in normalised)
        {
            state.State.Officers[officer.Id] = officer;
        }

        await WriteAsync(normalised);
        return [];
    }

    public async Task RecordAsync(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        state.State.Officers[officer.Id] = officer;
        await WriteAsync([officer]);
    }

    public async Task<int> RebuildPublishedAsync()
    {
        await WriteTableAsync(() => published.ReplaceAsync(TenantId, state.State.Officers.Values, state.State.Version));
        return state.State.Officers.Count;
    }

    private async Task WriteAsync(IReadOnlyCollection<Officer> changed)
    {
        state.State.Version++;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not known to be stored: this activation goes, and the next one reads what storage really holds.
            DeactivateOnIdle();
            throw;
        }

        await WriteTableAsync(() => published.WriteAsync(TenantId, changed, state.State.Officers.Values, state.State.Version));

        // 持证率 and the reviewers' share of the agency and of the departments above it may have moved.
        await RolloutAnnouncement.SendAsync(this, GrainFactory, TenantId, clock.GetUtcNow(), logger);
    }

    private async Task WriteTableAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch
        {
            // The state is ahead of the table now; the next activation sees it and replaces the agency's rows.
            DeactivateOnIdle();
            throw;
        }
    }

    public Task<IReadOnlyList<Officer>> FindManyAsync(IReadOnlyList<string> officerIds)
    {
        ArgumentNullException.ThrowIfNull(officerIds);
        return Task.FromResult<IReadOnlyList<Officer>>([.. officerIds.Distinct(StringComparer.Ordinal).Select(state.State.Officers.GetValueOrDefault).OfType<Officer>()]);
    }

    public async Task<IReadOnlyList<Officer>> ListEligibleAsync(EnforcementCategory category, DateOnly date) =>
        [.. (await ListAsync()).Where(o => CertifiedOfficersRule.MayAct(o.ToFacts(), category, date))];

    [GenerateSerializer]
    public sealed class State
    {
        [Id(0)]
        public Dictionary<string, Officer> Officers { get; init; } = new(StringComparer.Ordinal);

        /// <summary>Bumped by every change; the public officer list records the version its rows reflect.</summary>
        [Id(1)]
        public long Version { get; set; }
    }
}
