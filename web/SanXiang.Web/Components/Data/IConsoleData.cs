using SanXiang.Silo.Agencies;
using SanXiang.Silo.Officers;
using SanXiang.Web.Officers;

namespace SanXiang.Web.Components.Data;

/// <summary>
/// What the console's pages read and change. Scoped to a circuit: the user comes from the
/// authentication state, the tenant from the circuit, never from <c>HttpContext</c>.
/// </summary>
public interface IConsoleData
{
    /// <summary>A page of the agencies the signed-in user may see, supervising departments included, by region code then id.</summary>
    Task<AgencyListPage> ListAgenciesAsync(AgencyFilter filter, int first, AgencyCursor? after);

    /// <summary>
    /// The tree of the agencies the user may see, one level at a time: with no parent its roots (the
    /// agencies whose supervisor the user cannot see), else the agencies that parent supervises.
    /// </summary>
    Task<AgencyListPage> ListAgencyTreeAsync(string? parentId);

    /// <summary>Enters the tenant for this circuit and loads what its pages show.</summary>
    Task<AgencyView> OpenAgencyAsync(string tenantId);

    /// <summary>Saves an edited profile; a <see cref="Silo.Errors.SanXiangException"/> carries the Chinese reason it was refused.</summary>
    Task<AgencyView> UpdateProfileAsync(AgencyProfile profile);

    /// <summary>Replaces the agency's document defaults (tenant administrators only); every field's problem at once otherwise.</summary>
    Task<AgencyView> SaveDocumentDefaultsAsync(string tenantId, IReadOnlyDictionary<string, string?> values);

    /// <summary>The officers of the agency last opened with <see cref="OpenAgencyAsync"/>.</summary>
    Task<IReadOnlyList<Officer>> ListOfficersAsync(string tenantId);

    /// <summary>
    /// Adds an officer (tenant administrators only), and links <paramref name="accountUserName"/>, when
    /// given, as the account that signs in as this officer; a <see cref="Domain.Errors.SanXiangException"/>
    /// carries the Chinese reason it was refused, and a refused link adds no officer.
    /// </summary>
    Task<Officer> AddOfficerAsync(string tenantId, Officer officer, string? accountUserName);

    /// <summary>Edits an officer (tenant administrators only); the grain keeps the certificate number, status and history.</summary>
    Task<Officer> UpdateOfficerAsync(string tenantId, Officer officer);

    /// <summary>Deactivates an officer (停用) with a reason and the day (tenant administrators only).</summary>
    Task<Officer> DeactivateOfficerAsync(string tenantId, string officerId, string reason, DateOnly on);

    /// <summary>Renews an officer's certificate (换证), keeping the old validity (tenant administrators only).</summary>
    Task<Officer> RenewCertificateAsync(string tenantId, string officerId, DateOnly validFrom, DateOnly validTo);

    /// <summary>The officer the signed-in account is linked to in the agency, or null when none is.</summary>
    Task<Officer?> SignedInOfficerAsync(string tenantId);

    /// <summary>Imports an .xlsx or .csv of officers, all rows or none (tenant administrators only).</summary>
    Task<OfficerImportResult> ImportOfficersAsync(string tenantId, string fileName, byte[] content);

    DateOnly Today { get; }
}
