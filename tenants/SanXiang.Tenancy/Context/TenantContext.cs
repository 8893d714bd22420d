namespace SanXiang.Tenancy.Context;

/// <summary>The tenant a unit of work runs for, and which strategy found it.</summary>
public sealed record TenantContext<TTenantInfo>(TTenantInfo TenantInfo, string Strategy)
    where TTenantInfo : class, ITenantInfo;
