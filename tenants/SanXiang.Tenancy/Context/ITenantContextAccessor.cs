namespace SanXiang.Tenancy.Context;

/// <summary>Reads the current tenant. Read-only on purpose: only <see cref="ITenantContextSetter{TTenantInfo}"/> changes it.</summary>
public interface ITenantContextAccessor<TTenantInfo>
    where TTenantInfo : class, ITenantInfo
{
    TenantContext<TTenantInfo>? TenantContext { get; }
}
