using SanXiang.Web.Calendar;
using SanXiang.Web.Components.Calendar;

// In ASP.NET Core's builder namespace, like AddSanXiangGraphQL, so Program.cs needs no using.
namespace Microsoft.AspNetCore.Builder;

public static class CalendarExtensions
{
    /// <summary>The working-day calendar's service, read by the console's /calendar page and the GraphQL API.</summary>
    public static WebApplicationBuilder AddSanXiangCalendar(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<CalendarService>();
        builder.Services.AddScoped<ICalendarData, GrainCalendarData>();
        return builder;
    }
}
