using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Officers;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Officers;

namespace SanXiang.Web.Tests.Components;

internal sealed class FakeConsoleData(AgencyView view) : IConsoleData
{
    public AgencyView View { get; private set; } = view;

    public SanXiangException? RefuseUpdateWith { get; init; }

    public List<AgencyProfile> Saved { get; } = [];

    public IReadOnlyList<AgencyProfile> Agencies { get; init; } = [];

    public DateOnly Today { get; init; } = new(2019, 9, 15);

    public List<Officer> Officers { get; init; } = [];

    public List<(string FileName, byte[] Content)> Imports { get; } = [];

    /// <summary>What an import answers; by default it "imports" nothing and succeeds.</summary>
    public OfficerImportResult ImportResult { get; init; } = new(0, []);

    public Task<IReadOnlyList<Officer>> ListOfficersAsync(string tenantId) => Task.FromResult<IReadOnlyList<Officer>>([.. Officers]);

    /// <summary>The accounts linked to officers as they were added, by officer id.</summary>
    public Dictionary<string, string> LinkedAccounts { get; } = [];

    /// <summary>The officer the signed-in account is linked to (null: none).</summary>
    public Officer? SignedIn { get; init; }

    public Task<Officer?> SignedInOfficerAsync(string tenantId) => Task.FromResult(SignedIn);

    public Task<Officer> AddOfficerAsync(string tenantId, Officer officer, string? accountUserName)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (string.IsNullOrWhiteSpace(officer.CertificateNumber))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "证件编号为空。");
        }

        Officers.Add(officer);
        if (accountUserName is not null)
        {
            LinkedAccounts[officer.Id] = accountUserName;
        }

        return Task.FromResult(officer);
    }

    /// <summary>What an edit, a deactivation or a renewal is refused with (null: they succeed).</summary>
    public SanXiangException? RefuseOfficerChangeWith { get; init; }

    public Task<Officer> UpdateOfficerAsync(string tenantId, Officer officer) =>
        ChangeAsync(officer.Id, current => officer with { Status = current.Status, Deactivation = current.Deactivation, PastTerms = current.PastTerms });

    public Task<Officer> DeactivateOfficerAsync(string tenantId, string officerId, string reason, DateOnly on) =>
        ChangeAsync(officerId, current => current with { Status = OfficerStatus.Inactive, Deactivation = new OfficerDeactivation(reason, on) });

    public Task<Officer> RenewCertificateAsync(string tenantId, string officerId, DateOnly validFrom, DateOnly validTo) =>
        ChangeAsync(officerId, current => current with { ValidFrom = validFrom, ValidTo = validTo, PastTerms = [.. current.PastTerms, new CertificateTerm(current.ValidFrom, current.ValidTo, Today)] });

    private Task<Officer> ChangeAsync(string officerId, Func<Officer, Officer> change)
    {
        if (RefuseOfficerChangeWith is not null)
        {
            throw RefuseOfficerChangeWith;
        }

        var index = Officers.FindIndex(o => o.Id == officerId);
        Officers[index] = change(Officers[index]);
        return Task.FromResult(Officers[index]);
    }

    public Task<OfficerImportResult> ImportOfficersAsync(string tenantId, string fileName, byte[] content)
    {
        Imports.Add((fileName, content));
        return Task.FromResult(ImportResult);
    }

    /// <summary>The parents whose level of the tree was asked for (null: the roots).</summary>
    public List<string?> TreeRequests { get; } = [];

    public Task<AgencyListPage> ListAgenciesAsync(AgencyFilter filter, int first, AgencyCursor? after)
    {
        var matching = Agencies.Where(a => filter.Name is null || a.Name.Contains(filter.Name, StringComparison.Ordinal)).ToList();
        var start = after is null ? 0 : matching.FindIndex(a => a.Id == after.Id) + 1;
        var items = matching.Skip(start).Take(first).Select(Listing).ToList();
        return Task.FromResult(new AgencyListPage(items, matching.Count, start + first < matching.Count));
    }

    public Task<AgencyListPage> ListAgencyTreeAsync(string? parentId)
    {
        TreeRequests.Add(parentId);
        var ids = Agencies.Select(a => a.Id).ToHashSet();
        var level = Agencies.Where(a => parentId is null ? a.ParentId is null || !ids.Contains(a.ParentId) : a.ParentId == parentId).Select(Listing).ToList();
        return Task.FromResult(new AgencyListPage(level, level.Count, false));
    }

    private AgencyListing Listing(AgencyProfile profile) =>
        new(profile, Agencies.FirstOrDefault(a => a.Id == profile.ParentId)?.Name, Agencies.Count(a => a.ParentId == profile.Id));

    public Task<AgencyView> OpenAgencyAsync(string tenantId) => Task.FromResult(View);

    /// <summary>What saving the document defaults is refused with (null: it succeeds).</summary>
    public SanXiangException? RefuseDefaultsWith { get; init; }

    public Task<AgencyView> SaveDocumentDefaultsAsync(string tenantId, IReadOnlyDictionary<string, string?> values)
    {
        if (RefuseDefaultsWith is not null)
        {
            throw RefuseDefaultsWith;
        }

        View = View with { DocumentDefaults = values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value!.Trim()) };
        return Task.FromResult(View);
    }

    public Task<AgencyView> UpdateProfileAsync(AgencyProfile profile)
    {
        if (RefuseUpdateWith is not null)
        {
            throw RefuseUpdateWith;
        }

        Saved.Add(profile);
        View = View with { Agency = View.Agency! with { Profile = profile } };
        return Task.FromResult(View);
    }
}
