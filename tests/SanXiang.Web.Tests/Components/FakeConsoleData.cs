using SanXiang.Silo.Agencies;
using SanXiang.Silo.Errors;
using SanXiang.Web.Components.Data;

namespace SanXiang.Web.Tests.Components;

internal sealed class FakeConsoleData(AgencyView view) : IConsoleData
{
    public AgencyView View { get; private set; } = view;

    public SanXiangException? RefuseUpdateWith { get; init; }

    public List<AgencyProfile> Saved { get; } = [];

    public IReadOnlyList<AgencyProfile> Agencies { get; init; } = [];

    public DateOnly Today { get; init; } = new(2019, 9, 15);

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
