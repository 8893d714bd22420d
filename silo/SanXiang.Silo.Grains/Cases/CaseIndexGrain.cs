using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Silo.Grains.Cases;

public sealed class CaseIndexGrain(
    [PersistentState("case-index", Names.Storage)] IPersistentState<CaseIndexGrain.State> state) : Grain, ICaseIndexGrain
{
    public async Task<CaseView> OpenCaseAsync(OpenCaseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var year = CaseDates.ChinaDate(command.At).Year;
        var number = state.State.LastNumbers.GetValueOrDefault(year) + 1;
        state.State.LastNumbers[year] = number;

        // Written before the case is opened: a number once handed out is never handed out again, even if the opening is refused.
        await state.WriteStateAsync();
        var caseId = $"{year}-{number:0000}";
        var grain = GrainFactory.GetGrain<ICaseGrain>(GrainKeys.For(this.GetPrimaryKeyString(), caseId));

        // The case grain reports back to this index (RecordAsync) while this call waits for it.
        using (RequestContext.AllowCallChainReentrancy())
        {
            return await grain.OpenAsync(command);
        }
    }

    public Task<IReadOnlyList<CaseSummary>> ListAsync(CaseFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Answer(state.State.Cases.Values.Where(c =>
            (filter.Status is not { } status || c.Status == status)
            && (filter.Category is not { } category || c.Category == category)
            && (filter.OfficerId is not { } officer || c.Officers.Any(o => string.Equals(o.Id, officer, StringComparison.OrdinalIgnoreCase)))
            && (filter.OverdueOn is not { } day || c.OpenDeadlines.Any(d => d.Due < day))));
    }

    public Task<IReadOnlyList<CaseSummary>> DueAsync(DateOnly today, int withinDays)
    {
        var last = today.AddDays(withinDays);
        return Answer(state.State.Cases.Values.Where(c => c.Status == CaseStatus.Open && c.OpenDeadlines.Any(d => d.Due >= today && d.Due <= last)));
    }

    public Task<IReadOnlyList<CaseSummary>> OverdueAsync(DateOnly today) =>
        Answer(state.State.Cases.Values.Where(c => c.Status == CaseStatus.Open && c.OpenDeadlines.Any(d => d.Due < today)));

    public Task<IReadOnlyList<CaseSummary>> ListOpenAsync() => Answer(state.State.Cases.Values.Where(c => c.Status == CaseStatus.Open));

    public Task RecordAsync(CaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        state.State.Cases[summary.Id] = summary;
        return state.WriteStateAsync();
    }

    private static Task<IReadOnlyList<CaseSummary>> Answer(IEnumerable<CaseSummary> cases) =>
        Task.FromResult<IReadOnlyList<CaseSummary>>([.. cases.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal)]);

    [GenerateSerializer]
    public sealed class State
    {
        [Id(0)]
        public Dictionary<string, CaseSummary> Cases { get; set; } = new(StringComparer.Ordinal);

        /// <summary>The last case number handed out, by year of filing.</summary>
        [Id(1)]
        public Dictionary<int, int> LastNumbers { get; set; } = [];
    }
}
