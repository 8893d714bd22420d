using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Accounts;
using Orleans.Serialization;
using SanXiang.Silo.Calendar;
using SanXiang.Silo.Grains.Calendar;
using SanXiang.Silo.Grains.Cases;
using SanXiang.Silo.Grains.Placement;
using SanXiang.Silo.Grains.Tenancy;
using SanXiang.Silo.Serialization;

namespace SanXiang.Silo.Grains;

public static class GrainServices
{
    /// <summary>What the grains need from the silo: the password hasher, the tenant guard, codecs for the Domain's records, this silo's calendar cache and what the case engine is given.</summary>
    public static ISiloBuilder AddSanXiangGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSerializer(serializer => serializer.AddSanXiangTypes());
        silo.Services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        // Built on first use: a silo without sector plugins (the tenancy and catalog tests) never opens a case and
        // has no ISectorRegistry to validate against when the host is built.
        silo.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CaseInputs>(sp));
        silo.Services.AddSingleton(services => new CalendarCache(
            () => services.GetRequiredService<IGrainFactory>().GetGrain<ICalendarGrain>(GrainKeys.Platform).GetAsync(),
            services.GetRequiredService<TimeProvider>()));
        silo.Services.AddSingleton<CalendarCachePush>();
        silo.AddPlacementDirector<SiloPinnedPlacement, SiloPinnedPlacementDirector>();
        silo.AddIncomingGrainCallFilter<TenantGuardFilter>();
        return silo;
    }
}
