using System.Collections.Concurrent;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;
using SanXiang.Silo;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Reviews;
using SanXiang.Silo.Sectors;
using SanXiang.Web.Cases;
using SanXiang.Web.Reviews;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Portal;

/// <summary>
/// What the public portal and the anonymous API read, without a sign-in. Officers come from the read model only
/// (<see cref="IPublishedOfficersGrain"/>, <see cref="IPublishedOfficerSearchGrain"/>): one query, never a call per
/// officer. The agency comes from the directory's read model; the review catalog and the AV item list are one grain
/// call each (they are the agency's published lists, composed from its sector and its supervisors); the flowcharts are
/// the sector plugin's procedures in this process.
/// </summary>
public sealed class PortalService(IGrainFactory grains, ReviewCatalogService catalogs, ISectorRegistry sectors, TimeProvider clock)
{
    /// <summary>The officers an agency's page shows at once.</summary>
    public const int OfficersPerPage = 50;

    /// <summary>The most officers a look-up by name or certificate shows.</summary>
    public const int LookupLimit = 50;

    // Longer than any name or certificate number the roster accepts: such a look-up finds no one and costs no query.
    private const int LookupTextLimit = 100;

    // GraphQL resolves sibling fields at once, so the request's answers are kept where threads may share them.
    private readonly ConcurrentDictionary<string, Task<PortalAgency?>> agencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Agency, string Officer), Task<PortalOfficer?>> officers = new();

    private IAgencyQueryGrain Directory => grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform);

    /// <summary>Today in China, the day a certificate's status is decided on.</summary>
    public DateOnly Today => CaseDates.Today(clock);

    /// <summary>A page of the directory, by region code, then id.</summary>
    public Task<AgencyListPage> ListAgenciesAsync(string? province, string? sector, string? name, AgencyCursor? after, int first) =>
        Directory.ListAsync(new AgencyQuery(null, first, after, Sector: sector, Region: province, Name: name));

    /// <summary>The agency, or null when the directory does not list it. Asked once per request (the service is scoped): the portal's 404 check and the page share the answer.</summary>
    public Task<PortalAgency?> FindAgencyAsync(string agencyId)
    {
        ArgumentNullException.ThrowIfNull(agencyId);
        return agencies.GetOrAdd(agencyId, ReadAgencyAsync);
    }

    /// <summary>Every list the agency discloses today, or null for an agency the directory does not list.</summary>
    public async Task<PortalLists?> ListsAsync(string agencyId, string? officersAfter)
    {
        var agency = await FindAgencyAsync(agencyId);
        if (agency is null)
        {
            return null;
        }

        var id = agency.Profile.Id;
        PortalOfficerPage officers;
        try
        {
            officers = await OfficersAsync(id, officersAfter);
        }
        catch (SanXiangException e) when (e.Code == ErrorCodes.ValidationFailed && officersAfter is not null)
        {
            // A page link that is not one of ours (edited by hand) starts from the first page.
            officers = await OfficersAsync(id, null);
        }

        var catalog = await ReviewCatalogAsync(id);
        var avItems = await AvItemsAsync(id);
        return new PortalLists(agency, SectorName(agency.Profile), officers, catalog, avItems, Procedures(agency.Profile));
    }

    /// <summary>The sector's name as its plugin gives it, or null when no loaded plugin provides the sector.</summary>
    public string? SectorName(AgencyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return sectors.Find(profile.Sector)?.Sector.Name;
    }

    /// <summary>The procedures the agency's flowcharts are drawn from: its sector plugin's, one per category (none without a plugin).</summary>
    public IReadOnlyList<Procedure> Procedures(AgencyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return sectors.Find(profile.Sector)?.Procedures ?? [];
    }

    /// <summary>The 重大执法决定法制审核目录清单 in force, or null when the agency cannot show one.</summary>
    public Task<ReviewCatalogView?> ReviewCatalogAsync(string agencyId) => PublishedOrNullAsync(() => catalogs.GetAsync(agencyId));

    /// <summary>The 音像记录事项清单 (the agency's own, or its sector's defaults), or null when it has neither.</summary>
    public Task<IReadOnlyList<AvItem>?> AvItemsAsync(string agencyId) =>
        PublishedOrNullAsync(() => InTenantAsync(agencyId, () => grains.GetGrain<IAvItemListGrain>(agencyId).GetAsync()));

    /// <summary>A page of the agency's officers (<paramref name="first"/> 1–200); VALIDATION_FAILED for a cursor that is not one of ours.</summary>
    public async Task<PortalOfficerPage> OfficersAsync(string agencyId, string? after, int first = OfficersPerPage)
    {
        var page = await InTenantAsync(agencyId, () => grains.GetGrain<IPublishedOfficersGrain>(agencyId).ListAsync(first, after));
        return new PortalOfficerPage([.. page.Items.Select(WithStatus)], page.TotalCount, page.EndCursor, page.HasNextPage);
    }

    /// <summary>The agency's officer with this certificate, or null for an unknown agency or certificate alike. Asked once per request, as the agency is.</summary>
    public Task<PortalOfficer?> FindOfficerAsync(string agencyId, string certificateNumber)
    {
        ArgumentNullException.ThrowIfNull(agencyId);
        ArgumentNullException.ThrowIfNull(certificateNumber);
        return officers.GetOrAdd((agencyId, OfficerId.FromCertificate(certificateNumber)), _ => ReadOfficerAsync(agencyId, certificateNumber));
    }

    /// <summary>Officers by certificate number or the start of their name, in one agency or (null) in all.</summary>
    public async Task<IReadOnlyList<PortalOfficer>> LookUpAsync(string? agencyId, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim().Length == 0 || text.Length > LookupTextLimit)
        {
            return [];
        }

        var found = agencyId is null
            ? await grains.GetGrain<IPublishedOfficerSearchGrain>(GrainKeys.Platform).SearchAsync(text, LookupLimit)
            : await InTenantAsync(agencyId, () => grains.GetGrain<IPublishedOfficersGrain>(agencyId).SearchAsync(text, LookupLimit));
        return [.. found.Select(WithStatus)];
    }

    /// <summary>The officer holding this certificate number in any agency (the first agency by id, should two list it), or null.</summary>
    public async Task<PortalOfficer?> FindCertificateAsync(string certificateNumber)
    {
        ArgumentNullException.ThrowIfNull(certificateNumber);
        var id = OfficerId.FromCertificate(certificateNumber);
        if (id.Length == 0 || certificateNumber.Length > LookupTextLimit)
        {
            return null;
        }

        var found = await grains.GetGrain<IPublishedOfficerSearchGrain>(GrainKeys.Platform).SearchAsync(certificateNumber, LookupLimit);
        return found.Where(o => OfficerId.FromCertificate(o.CertificateNumber) == id).OrderBy(o => o.TenantId, StringComparer.Ordinal).Select(WithStatus).FirstOrDefault();
    }

    private async Task<PortalAgency?> ReadAgencyAsync(string agencyId)
    {
        if (agencyId.Length == 0 || agencyId == GrainKeys.Platform)
        {
            return null;
        }

        var profile = await Directory.FindAsync(agencyId);
        if (profile is null)
        {
            return null;
        }

        var parent = profile.ParentId is { } parentId ? await Directory.FindAsync(parentId) : null;
        return new PortalAgency(profile, parent?.Name);
    }

    private async Task<PortalOfficer?> ReadOfficerAsync(string agencyId, string certificateNumber)
    {
        if (await FindAgencyAsync(agencyId) is null || OfficerId.FromCertificate(certificateNumber).Length == 0)
        {
            return null;
        }

        var officer = await InTenantAsync(agencyId, () => grains.GetGrain<IPublishedOfficersGrain>(agencyId).FindAsync(certificateNumber));
        return officer is null ? null : WithStatus(officer);
    }

    private PortalOfficer WithStatus(PublishedOfficer officer) => new(officer, OfficerCertification.StatusOn(officer.ToFacts(), Today));

    private static Task<T> InTenantAsync<T>(string tenantId, Func<Task<T>> call) => TenantCallContext.RunAsync(tenantId, call);

    // A list the agency cannot show (no sector plugin for its defaults, say) is not published; the page says so.
    private static async Task<T?> PublishedOrNullAsync<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read();
        }
        catch (SanXiangException)
        {
            return null;
        }
    }
}
