namespace SanXiang.Silo.Uploads;

/// <summary>
/// An upload's identity: its tenant and an id of 32 lower-case hex digits the server made. Both become
/// path segments of the blob store and the grain key <c>{tenant}/{id}</c>, so anything else is refused
/// before it reaches either.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct UploadKey([property: Id(0)] string Tenant, [property: Id(1)] string Id)
{
    public static UploadKey New(string tenant) => new(tenant, Guid.NewGuid().ToString("N"));

    public static bool IsValidId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    public static bool IsValidTenant(string? tenant) =>
        tenant is { Length: > 0 and <= 64 } && tenant.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public bool IsValid => IsValidTenant(Tenant) && IsValidId(Id);

    public string GrainKey => GrainKeys.For(Tenant, Id);

    public override string ToString() => GrainKey;
}
