namespace SanXiang.Tenancy.Context;

public interface ITenantContextSetter<TTenantInfo>
    where TTenantInfo : class, ITenantInfo
{
    void Set(TenantContext<TTenantInfo>? context);
}
