using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Grains.Cases;

/// <summary>The agency's 音像记录事项清单: the sector's defaults until an administrator saves the agency's own.</summary>
public sealed class AvItemListGrain(
    [PersistentState("av-items", Names.Storage)] IPersistentState<AvItemListGrain.State> state,
    ISectorRegistry sectors) : Grain, IAvItemListGrain
{
    public async Task<IReadOnlyList<AvItem>> GetAsync()
    {
        if (state.State.Items is { } items)
        {
            return items;
        }

        var tenant = this.GetPrimaryKeyString();
        var agency = await GrainFactory.GetGrain<IAgencyGrain>(tenant).GetAsync()
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"执法机关“{tenant}”不存在。");
        var plugin = sectors.Find(agency.Profile.Sector)
            ?? throw new SanXiangException(ErrorCodes.SectorNotLoaded, $"行业插件“{agency.Profile.Sector}”未加载，无法提供音像记录事项清单。");
        return plugin.AvItemDefaults;
    }

    public async Task<IReadOnlyList<AvItem>> SaveAsync(IReadOnlyList<AvItem> items, string actor)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var problems = items.Select((item, index) => (item, index))
            .Where(x => string.IsNullOrWhiteSpace(x.item.Description) || x.item.Kinds.Count == 0)
            .Select(x => $"第{x.index + 1}项须写明事项并至少选择一种记录方式")
            .ToList();
        if (problems.Count > 0)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, string.Join("；", problems) + "。");
        }

        state.State.Items = [.. items.Select(i => i with { Description = i.Description.Trim(), Kinds = [.. i.Kinds.Distinct()] })];
        state.State.EditedBy = actor;
        state.State.EditedAt = DateTimeOffset.UtcNow;
        await state.WriteStateAsync();
        return state.State.Items;
    }

    [GenerateSerializer]
    public sealed class State
    {
        /// <summary>The agency's own list, or null while it uses the sector's defaults.</summary>
        [Id(0)]
        public List<AvItem>? Items { get; set; }

        [Id(1)]
        public string? EditedBy { get; set; }

        [Id(2)]
        public DateTimeOffset? EditedAt { get; set; }
    }
}
