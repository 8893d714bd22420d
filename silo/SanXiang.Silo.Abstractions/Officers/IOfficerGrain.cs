namespace SanXiang.Silo.Officers;

/// <summary>
/// The commands on one officer (执法人员) and their certificate, kept in the agency's roster; add officers through
/// <see cref="IOfficerRosterGrain.AddAsync"/>. Key: <c>{tenant}/{officerId}</c> (<see cref="GrainKeys.For"/>).
/// </summary>
public interface IOfficerGrain : IGrainWithStringKey
{
    /// <summary>The officer, or null if none was added under this key.</summary>
    Task<Officer?> GetAsync();

    /// <summary>
    /// Edits an existing officer (name, unit, position, categories, area, validity, reviewer flags); the certificate
    /// number (the key), the status, the deactivation and the past terms stay. VALIDATION_FAILED with every field's
    /// problem, OFFICER_NOT_FOUND, or OFFICER_INACTIVE for a deactivated officer.
    /// </summary>
    Task<Officer> UpdateAsync(Officer officer);

    /// <summary>Suspends or revokes the certificate (<see cref="OfficerStatus.Suspended"/>, <see cref="OfficerStatus.Revoked"/>); it stays listed with its status.</summary>
    Task<Officer> SetCertificateStatusAsync(OfficerStatus status);

    /// <summary>
    /// Deactivates the officer (停用) with a reason and the day it took effect (today or earlier, China time): they stay
    /// on record and in the public list as 已停用, and no new case step may name them (OFFICER_INACTIVE).
    /// </summary>
    Task<Officer> DeactivateAsync(string reason, DateOnly on);

    /// <summary>
    /// Renews the certificate (换证): the new validity must end after the current one, which is kept in
    /// <see cref="Officer.PastTerms"/>. VALIDATION_FAILED by field, OFFICER_INACTIVE, or OFFICER_NOT_CERTIFIED for a revoked certificate.
    /// </summary>
    Task<Officer> RenewCertificateAsync(DateOnly validFrom, DateOnly validTo);
}
