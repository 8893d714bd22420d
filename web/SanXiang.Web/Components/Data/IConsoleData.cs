using SanXiang.Silo.Agencies;

namespace SanXiang.Web.Components.Data;

/// <summary>
/// What the console's pages read and change. Scoped to a circuit: the user comes from the
/// authentication state, the tenant from the circuit, never from <c>HttpContext</c>.
/// </summary>
public interface IConsoleData
{
    /// <summary>Every agency the signed-in user may see, supervising departments included.</summary>
    Task<IReadOnlyList<AgencyProfile>> ListAgenciesAsync();

    /// <summary>Enters the tenant for this circuit and loads what its pages show.</summary>
    Task<AgencyView> OpenAgencyAsync(string tenantId);

    /// <summary>Saves an edited profile; a <see cref="Silo.Errors.SanXiangException"/> carries the Chinese reason it was refused.</summary>
    Task<AgencyView> UpdateProfileAsync(AgencyProfile profile);

    DateOnly Today { get; }
}
