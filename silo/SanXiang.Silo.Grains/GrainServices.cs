using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Calendar;
using SanXiang.Silo.Grains.Calendar;
using SanXiang.Silo.Grains.Placement;
using SanXiang.Silo.Grains.Tenancy;

namespace SanXiang.Silo.Grains;

public static class GrainServices
{
    /// <summary>What the grains need from the silo: the password hasher, the tenant guard and this silo's calendar cache.</summary>
    public static ISiloBuilder AddSanXiangGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        silo.Services.AddSingleton(services => new CalendarCache(
            () => services.GetRequiredService<IGrainFactory>().GetGrain<ICalendarGrain>(GrainKeys.Platform).GetAsync(),
            services.GetRequiredService<TimeProvider>()));
        silo.Services.AddSingleton<CalendarCachePush>();
        silo.AddPlacementDirector<SiloPinnedPlacement, SiloPinnedPlacementDirector>();
        silo.AddIncomingGrainCallFilter<TenantGuardFilter>();
        return silo;
    }
}
