using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Officers;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Officers;

/// <summary>
/// The commands on one officer. The agency's roster holds the officer (its state is the only copy): this grain reads
/// the officer there, checks the command, and has the roster record the result in one write — so an import of twenty
/// thousand officers is one write per agency, and an officer cannot differ from the roster's list of him.
/// </summary>
public sealed class OfficerGrain(IGrainFactory grains, TimeProvider clock) : Grain, IOfficerGrain
{
    public Task<Officer?> GetAsync() => Roster.FindAsync(OfficerKey);

    // An edit changes what the form shows; the standing, the deactivation and the past terms change only through
    // their own commands, so an edit cannot reactivate an officer or lose a renewal's history.
    public async Task<Officer> UpdateAsync(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var current = await CurrentAsync();
        OfficerActivity.RequireActive(current.ToFacts(), "修改");
        return await WriteAsync(Validate(officer with { Status = current.Status, Deactivation = current.Deactivation, PastTerms = current.PastTerms }));
    }

    public async Task<Officer> SetCertificateStatusAsync(OfficerStatus status)
    {
        if (status is not (OfficerStatus.Suspended or OfficerStatus.Revoked))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "暂停执法资格应选择“暂扣”或“吊销”。");
        }

        var current = await CurrentAsync();
        OfficerActivity.RequireActive(current.ToFacts(), "暂扣或吊销证件");
        return await WriteAsync(current with { Status = status });
    }

    public async Task<Officer> DeactivateAsync(string reason, DateOnly on)
    {
        var current = await CurrentAsync();
        var kept = OfficerDeactivationRule.Check(current.ToFacts(), reason, on, Today);
        return await WriteAsync(current with { Status = OfficerStatus.Inactive, Deactivation = new OfficerDeactivation(kept, on) });
    }

    public async Task<Officer> RenewCertificateAsync(DateOnly validFrom, DateOnly validTo)
    {
        var current = await CurrentAsync();
        CertificateRenewalRule.Check(current.ToFacts(), validFrom, validTo);
        var past = new CertificateTerm(current.ValidFrom, current.ValidTo, Today);
        return await WriteAsync(current with { ValidFrom = validFrom, ValidTo = validTo, PastTerms = [.. current.PastTerms, past] });
    }

    private DateOnly Today => CaseDates.ChinaDate(clock.GetUtcNow());

    // The roster writes its state, then the public list (published_officers) in its own transaction.
    private async Task<Officer> WriteAsync(Officer changed)
    {
        await Roster.RecordAsync(changed);
        return changed;
    }

    private async Task<Officer> CurrentAsync() => await Roster.FindAsync(OfficerKey) ?? throw NotFound();

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

        SanXiangException.ThrowIfAny(normalised.FieldProblems());
        return normalised;
    }
}
