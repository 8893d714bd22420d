namespace SanXiang.Tenancy.Resolution;

/// <summary>
/// What the resolver found: a tenant; an identifier that no tenant has (the request named a
/// tenant, so it must not silently fall back to another); or nothing at all.
/// </summary>
public sealed record TenantResolution<TTenantInfo>(TTenantInfo? TenantInfo, string? Identifier, string? Strategy)
    where TTenantInfo : class, ITenantInfo
{
    public static TenantResolution<TTenantInfo> None { get; } = new(null, null, null);

    public bool IsFound => TenantInfo is not null;

    public bool IsUnknown => TenantInfo is null && Identifier is not null;
}
