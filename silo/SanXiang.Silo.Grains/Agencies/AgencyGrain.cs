using SanXiang.Domain.Agencies;
using SanXiang.Domain.Text;
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

    // Returns the profile with its name normalised (TextShape.Name), so that lookalike names are stored alike.
    private static AgencyProfile Validate(AgencyProfile profile)
    {
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "机关名称不能为空。");
        }

        var name = TextInput.Check(TextFields.AgencyName, profile.Name);
        if (!name.IsAccepted)
        {
            throw new SanXiangException(name.Problem == TextProblem.TooLong ? ErrorCodes.TextTooLong : ErrorCodes.TextInvalid, name.Reason!);
        }

        if (!RegionCode.IsValid(profile.RegionCode))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"行政区划代码“{profile.RegionCode}”应为 6 位数字。");
        }

        // GB 32100: a failed checksum is only a warning (some pilot codes fail it); a code that is
        // not a credit code at all is refused.
        if (profile.CreditCode is { Length: > 0 } code && UnifiedSocialCreditCode.Check(code) == CreditCodeCheck.Malformed)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"统一社会信用代码“{code}”格式不正确：应为 18 位数字或大写字母（不含 I、O、S、V、Z）。");
        }

        return profile with { Name = name.Text! };
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
