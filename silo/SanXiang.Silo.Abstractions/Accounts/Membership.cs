namespace SanXiang.Silo.Accounts;

/// <summary>
/// A role the account holds in an agency. <see cref="OfficerId"/> is the officer (the normalised
/// certificate number of the agency's roster) the account signs in as, when one is linked: it is how
/// the console knows whose cases are 我的案件 and whom the record's actor names.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Membership(
    [property: Id(0)] string TenantId,
    [property: Id(1)] TenantRole Role,
    [property: Id(2)] string? OfficerId = null);
