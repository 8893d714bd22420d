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

    public Task<Officer> AddOfficerAsync(string tenantId, Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (string.IsNullOrWhiteSpace(officer.CertificateNumber))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "证件编号为空。");
        }

        Officers.Add(officer);
        return Task.FromResult(officer);
    }

    public Task<OfficerImportResult> ImportOfficersAsync(string tenantId, string fileName, byte[] content)
    {
        Imports.Add((fileName, content));
        return Task.FromResult(ImportResult);
    }

    public Task<IReadOnlyList<AgencyProfile>> ListAgenciesAsync() => Task.FromResult(Agencies);

    public Task<AgencyView> OpenAgencyAsync(string tenantId) => Task.FromResult(View);

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
