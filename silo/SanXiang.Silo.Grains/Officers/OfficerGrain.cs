using SanXiang.Domain.Officers;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Officers;

public sealed class OfficerGrain(
    [PersistentState("officer", Names.Storage)] IPersistentState<OfficerGrain.State> state,
    IGrainFactory grains) : Grain, IOfficerGrain
{
    public Task<Officer?> GetAsync() => Task.FromResult(state.State.Officer);

    public async Task<Officer> SaveAsync(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var normalised = Validate(officer);
        state.State = new State { Officer = normalised };
        await state.WriteStateAsync();
        return normalised;
    }

    public async Task<Officer> UpdateAsync(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (state.State.Officer is null)
        {
            throw NotFound();
        }

        var saved = await SaveAsync(officer);
        await Roster.RecordAsync(saved);
        return saved;
    }

    public async Task<Officer> DeactivateAsync(OfficerStatus status)
    {
        if (status == OfficerStatus.Active)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "停用执法资格应选择“暂扣”或“吊销”。");
        }

        var changed = Current with { Status = status };
        state.State = new State { Officer = changed };
        await state.WriteStateAsync();
        await Roster.RecordAsync(changed);
        return changed;
    }

    private Officer Current => state.State.Officer ?? throw NotFound();

    private SanXiangException NotFound() => new(ErrorCodes.OfficerNotFound, $"未找到证件编号为“{OfficerKey}”的执法人员。");

    private string OfficerKey => this.GetPrimaryKeyString()[(GrainKeys.TenantOf(this.GetPrimaryKeyString()).Length + 1)..];

    private IOfficerRosterGrain Roster => grains.GetGrain<IOfficerRosterGrain>(GrainKeys.TenantOf(this.GetPrimaryKeyString()));

    // The key is the certificate number: an edit cannot move an officer to another certificate.
    private Officer Validate(Officer officer)
    {
        var normalised = officer.Normalised();
        if (!string.Equals(normalised.Id, OfficerKey, StringComparison.Ordinal))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"证件编号“{normalised.CertificateNumber}”与该执法人员的证件编号不符。");
        }

        var problems = normalised.Problems();
        return problems.Count == 0
            ? normalised
            : throw new SanXiangException(ErrorCodes.ValidationFailed, string.Join("；", problems) + "。");
    }

    [GenerateSerializer]
    public sealed record State
    {
        [Id(0)]
        public Officer? Officer { get; init; }
    }
}
