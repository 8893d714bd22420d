using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.Agencies;

public sealed class AgencyGrain(
    [PersistentState("agency", Names.Storage)] IPersistentState<AgencyGrain.State> state,
    IGrainFactory grains) : Grain, IAgencyGrain
{
    public Task<Agency?> GetAsync() => Task.FromResult(state.State.Agency);

    public async Task<bool> SeedAsync(Agency agency, string catalogVersion)
    {
        ArgumentNullException.ThrowIfNull(agency);
        EnsureOwnKey(agency.Profile.Id);
        if (state.State.Agency is { } current && (current.EditedAt is not null || state.State.CatalogVersion == catalogVersion))
        {
            // The agency is written before the directory; re-recording here heals a directory
            // that missed the agency because the silo stopped between the two writes.
            await Directory.RecordAsync(current.Profile);
            return false;
        }

        state.State = new State { Agency = agency with { EditedAt = null }, CatalogVersion = catalogVersion };
        await state.WriteStateAsync();
        await Directory.RecordAsync(agency.Profile);
        return true;
    }

    public async Task<Agency> OnboardAsync(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        EnsureOwnKey(agency.Profile.Id);
        var onboarded = agency with { Profile = Validate(agency.Profile), EditedAt = null };
        if (state.State.Agency is { } current)
        {
            // The same file run again after a failure half way: what it wrote before stands.
            return SameAgency(current, onboarded)
                ? current
                : throw new SanXiangException(ErrorCodes.Conflict, $"机关“{current.Profile.Name}”已存在。");
        }

        state.State = new State { Agency = onboarded, CatalogVersion = null };
        await state.WriteStateAsync();
        return onboarded;
    }

    public async Task<Agency> UpdateProfileAsync(AgencyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        EnsureOwnKey(profile.Id);
        var current = state.State.Agency
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"机关“{profile.Id}”不存在。");
        profile = Validate(profile);
        await ValidateParentAsync(profile);

        var updated = current with { Profile = profile, EditedAt = DateTimeOffset.UtcNow };
        state.State = state.State with { Agency = updated };
        await state.WriteStateAsync();
        await Directory.RecordAsync(profile);
        return updated;
    }

    private static bool SameAgency(Agency a, Agency b) =>
        a.Profile == b.Profile && a.OrgUnits.SequenceEqual(b.OrgUnits) && Equals(a.LeadingGroup?.Name, b.LeadingGroup?.Name)
        && Equals(a.LeadingGroup?.Office, b.LeadingGroup?.Office) && (a.LeadingGroup?.Members ?? []).SequenceEqual(b.LeadingGroup?.Members ?? []);

    private IAgencyDirectoryGrain Directory => grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform);

    // The parent is the department that supervises the roll-out; supervisors see their subtree
    // (TenantAccess), so a parent that does not exist or that closes a loop must not be saved. A
    // loop means the new parent lies below this agency: one closure lookup, at any depth.
    private async Task ValidateParentAsync(AgencyProfile profile)
    {
        if (profile.ParentId is not { } parentId)
        {
            return;
        }

        if (parentId == profile.Id)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "上级机关不能是本机关。");
        }

        var query = grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform);
        if (await query.FindAsync(parentId) is null)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"上级机关“{parentId}”不存在。");
        }

        if (await query.IsWithinAsync([profile.Id], parentId))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"不能把“{parentId}”设为上级机关：它本身隶属于本机关，会形成循环。");
        }
    }

    // The profile rules are AgencyProfileRules', which the onboarding file's check applies too; here the first problem refuses.
    private static AgencyProfile Validate(AgencyProfile profile)
    {
        if (AgencyProfileRules.Problems(profile) is [var first, ..])
        {
            throw new SanXiangException(first.Code, first.Message);
        }

        return AgencyProfileRules.Normalised(profile);
    }

    private void EnsureOwnKey(string id)
    {
        if (!string.Equals(id, this.GetPrimaryKeyString(), StringComparison.Ordinal))
        {
            throw new SanXiangException(ErrorCodes.TenantMismatch, $"机关编号“{id}”与本机关不符。");
        }
    }

    [GenerateSerializer]
    public sealed record State
    {
        [Id(0)]
        public Agency? Agency { get; init; }

        [Id(1)]
        public string? CatalogVersion { get; init; }
    }
}
