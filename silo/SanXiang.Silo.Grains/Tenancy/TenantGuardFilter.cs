using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.Tenancy;

/// <summary>
/// Refuses a call whose tenant context names another tenant than the grain's key
/// (ARCHITECTURE.md principle 2: cross-tenant access is refused, not filtered). Calls without a
/// tenant context are platform calls (start-up seeding, the platform administrator) and pass;
/// platform grains serve every tenant.
/// </summary>
public sealed class TenantGuardFilter : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = TenantCallContext.Current;
        if (caller is not null && context.TargetId.Key.ToString() is { } key && IsSanXiangGrain(context))
        {
            var owner = GrainKeys.TenantOf(key);
            if (owner != GrainKeys.Platform && !string.Equals(owner, caller, StringComparison.Ordinal))
            {
                throw new SanXiangException(ErrorCodes.TenantMismatch, $"当前机关（{caller}）无权访问其他机关（{owner}）的数据。");
            }
        }

        return context.Invoke();
    }

    private static bool IsSanXiangGrain(IIncomingGrainCallContext context) =>
        context.InterfaceMethod.DeclaringType?.Namespace?.StartsWith("SanXiang.", StringComparison.Ordinal) == true;
}
