using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Grains.Tenancy;

namespace SanXiang.Silo.Grains;

public static class GrainServices
{
    /// <summary>What the grains need from the silo: the password hasher and the tenant guard.</summary>
    public static ISiloBuilder AddSanXiangGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        silo.AddIncomingGrainCallFilter<TenantGuardFilter>();
        return silo;
    }
}
