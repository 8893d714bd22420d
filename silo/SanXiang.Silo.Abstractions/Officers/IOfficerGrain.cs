namespace SanXiang.Silo.Officers;

/// <summary>One officer (执法人员) and their certificate. Key: <c>{tenant}/{officerId}</c> (<see cref="GrainKeys.For"/>).</summary>
public interface IOfficerGrain : IGrainWithStringKey
{
    /// <summary>The officer, or null if none was added under this key.</summary>
    Task<Officer?> GetAsync();

    /// <summary>
    /// Writes the officer. Used by the roster, which checks for duplicates; call
    /// <see cref="IOfficerRosterGrain.AddAsync"/> to add an officer.
    /// </summary>
    Task<Officer> SaveAsync(Officer officer);

    /// <summary>Changes an existing officer; the certificate number (the key) stays.</summary>
    Task<Officer> UpdateAsync(Officer officer);

    /// <summary>Suspends or revokes the certificate; it stays listed with its status.</summary>
    Task<Officer> DeactivateAsync(OfficerStatus status);
}
