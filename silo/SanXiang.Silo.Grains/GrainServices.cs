using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Accounts;
using Orleans.Serialization;
using SanXiang.Silo.Grains.Tenancy;
using SanXiang.Silo.Serialization;

namespace SanXiang.Silo.Grains;

public static class GrainServices
{
    /// <summary>What the grains need from the silo: the password hasher, the tenant guard and codecs for the Domain's records.</summary>
    public static ISiloBuilder AddSanXiangGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSerializer(serializer => serializer.AddSanXiangTypes());
        silo.Services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        silo.AddIncomingGrainCallFilter<TenantGuardFilter>();
        return silo;
    }
}
