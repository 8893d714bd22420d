using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Calendar;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.Calendar;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.Officers;
using SanXiang.Silo.Grains.Reviews;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Grains.Cases;

/// <summary>
/// What the case engine needs from the rest of the silo, gathered for a grain: the agency's sector procedure
/// (pinned, <see cref="PinnedProcedure"/>), its AV item list and review catalog, the named officers' certificates and
/// the calendar.
/// The engine itself asks for nothing: every rule sees only what is passed in.
/// </summary>
public sealed class CaseInputs(IGrainFactory grains, ISectorRegistry sectors, CaseProcedures procedures, CalendarCache calendars, ReviewCatalogEditions catalogs, TimeProvider clock)
{
    public ISectorPlugin Plugin(string sectorId) =>
        sectors.Find(sectorId)
            ?? throw new SanXiangException(ErrorCodes.SectorNotLoaded, $"行业插件“{sectorId}”未加载，暂不能办理本机关的案件；请平台管理员检查插件目录。");

    /// <summary>The procedure a new case of <paramref name="category"/> follows: the agency's sector plugin as it is now.</summary>
    public async Task<PinnedProcedure> ProcedureForNewCaseAsync(string tenantId, EnforcementCategory category)
    {
        var agency = await grains.GetGrain<IAgencyGrain>(tenantId).GetAsync()
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"执法机关“{tenantId}”不存在。");
        var plugin = Plugin(agency.Profile.Sector);
        return PinnedProcedure.From(plugin, category)
            ?? throw new SanXiangException(ErrorCodes.ValidationFailed, $"本行业（{plugin.Sector.Name}）没有该类执法程序。", [new FieldProblem("category", $"本行业（{plugin.Sector.Name}）没有该类执法程序。")]);
    }

    /// <summary>The procedure an opened case follows: the one it pinned (a case opened before pinning follows its sector's current one).</summary>
    public async Task<PinnedProcedure> ProcedureOfAsync(string caseId, CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.ProcedureHash is { } hash
            ? await procedures.FindAsync(hash) ?? throw new InvalidDataException($"案件“{caseId}”立案时的执法程序（{hash}）缺失。")
            : PinnedProcedure.From(Plugin(state.SectorId), state.Category)
                ?? throw new SanXiangException(ErrorCodes.SectorNotLoaded, $"行业插件“{state.SectorId}”已不再提供本案的执法程序。");
    }

    /// <summary>Keeps <paramref name="procedure"/> beside the log before an opening event names it.</summary>
    public Task PinAsync(PinnedProcedure procedure) => procedures.EnsureAsync(procedure);

    /// <summary>
    /// The case engine; the review catalog is the one in force today (a review applies the catalog in force): the
    /// sector plugin's defaults as it is now, the catalogs of the departments above the agency and its own.
    /// A pinned case stays readable while its plugin is not loaded; its decision then counts as major.
    /// </summary>
    public async Task<CaseProcedure> EngineAsync(string tenantId, PinnedProcedure procedure, bool simplified)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var catalog = sectors.Find(procedure.SectorId) is { } plugin
            ? ReviewCatalog.Compose(plugin, await catalogs.ChainAsync(tenantId, CaseDates.ChinaDate(clock.GetUtcNow())), tenantId)
            : ReviewCatalog.Unavailable(procedure.SectorId);
        return new(procedure, simplified, await grains.GetGrain<IAvItemListGrain>(tenantId).GetAsync(), catalog);
    }

    /// <summary>
    /// Who the account <paramref name="actor"/> is in the agency: the officer its membership is linked to, with the roster's
    /// reviewer flags and whether the officer was deactivated. The actor is the signed-in user the web stamped on the command, so a reviewer acts as himself.
    /// </summary>
    public async Task<ActingOfficer> ActingOfficerAsync(string tenantId, string actor)
    {
        var account = await grains.GetGrain<IAccountGrain>(AccountKey.For(actor)).GetAsync();
        if (account?.Memberships.FirstOrDefault(m => m.TenantId == tenantId && m.OfficerId is not null)?.OfficerId is not { } officerId)
        {
            return ActingOfficer.Unlinked;
        }

        var found = await grains.GetGrain<IOfficerRosterGrain>(tenantId).FindManyAsync([officerId]);
        return new ActingOfficer(officerId, found.FirstOrDefault()?.ToNamedReviewer());
    }

    /// <summary>The agency's officers among <paramref name="officerIds"/> (normalised certificate numbers), as the engine checks them.</summary>
    public async Task<IReadOnlyDictionary<string, NamedOfficer>> RosterAsync(string tenantId, IReadOnlyList<string> officerIds) =>
        (await grains.GetGrain<IOfficerRosterGrain>(tenantId).FindManyAsync(officerIds)).ToDictionary(
            o => o.Id,
            o => new NamedOfficer(new CaseOfficer(o.Id, o.Name, o.CertificateNumber), o.ToFacts()),
            StringComparer.Ordinal);

    public async Task<(WorkingDayCalendar Calendar, long Version)> CalendarAsync()
    {
        var edition = await calendars.GetAsync();
        return (edition.Calendar, edition.Version);
    }

    /// <summary>A certificate number as the roster keys it, or null for none given.</summary>
    public static string? NamedOfficerId(string? given) => string.IsNullOrWhiteSpace(given) ? null : OfficerId.FromCertificate(given);

    /// <summary>Certificate numbers as the roster keys them (spaces and case ignored), each once.</summary>
    public static List<string> OfficerIds(IReadOnlyList<string>? given) =>
        [.. (given ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(OfficerId.FromCertificate).Distinct(StringComparer.Ordinal)];
}
