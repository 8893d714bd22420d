using GraphQL;
using SanXiang.Silo.Sectors;
using SanXiang.Web.Auth;
using SanXiang.Web.Calendar;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Calendar;
using SanXiang.Web.GraphQL.Schema.Accounts;
using SanXiang.Web.GraphQL.Schema.Officers;
using SanXiang.Web.GraphQL.Schema.Sectors;
using SanXiang.Web.GraphQL.Schema.Tenants;
using SanXiang.Web.GraphQL.Subscriptions;
using SanXiang.Web.Officers;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema;

/// <summary>The root mutations; each area keeps its logic in its own folder.</summary>
public sealed class Mutation
{
    /// <summary>Signs in with user name and password; the only field open to anonymous callers.</summary>
    public static Task<LoginPayload> LoginAsync(string username, string password, [FromServices] AccountSignIn signIn) =>
        LoginMutation.LoginAsync(signIn, username, password);

    /// <summary>Changes the signed-in user's own password; true when changed.</summary>
    public static Task<bool> ChangePasswordAsync(
        string currentPassword,
        string newPassword,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] AccountSignIn signIn) =>
        ChangePasswordMutation.ChangeAsync(signIn, caller, currentPassword, newPassword);

    /// <summary>For the platform administrator and the tenant's own administrator.</summary>
    public static Task<UpdateTenantProfilePayload> UpdateTenantProfileAsync(
        UpdateTenantProfileInput input,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] IGrainFactory grains,
        [FromServices] TenantChangeFeed feed) =>
        UpdateTenantProfileMutation.UpdateAsync(input, caller, reader, grains, feed);

    /// <summary>For the platform administrator only; the sector must be one a loaded plugin provides.</summary>
    public static Task<TenantNode> UpdateTenantSectorAsync(
        [Id] string id,
        string sector,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] IGrainFactory grains,
        [FromServices] TenantChangeFeed feed,
        [FromServices] ISectorRegistry registry) =>
        UpdateTenantSectorMutation.UpdateAsync(id, sector, caller, reader, grains, feed, registry);

    /// <summary>Adds one officer; for the platform administrator and the tenant's own administrator.</summary>
    public static Task<OfficerNode> AddOfficerAsync(
        AddOfficerInput input,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] IGrainFactory grains) =>
        OfficerMutations.AddAsync(input, caller, reader, grains);

    /// <summary>
    /// Imports an .xlsx or .csv of officers (base64), all rows or none; row-level problems come back
    /// in <c>errors</c>, not as GraphQL errors, so a client can show them beside the file.
    /// </summary>
    public static Task<ImportOfficersPayload> ImportOfficersAsync(
        [Id] string tenantId,
        string fileName,
        string contentBase64,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] OfficerImporter importer) =>
        OfficerMutations.ImportAsync(tenantId, fileName, contentBase64, caller, reader, importer);

    /// <summary>
    /// Enters a notice into the working-day calendar (platform administrator only) and returns the year as it now
    /// stands; every open case recomputes its deadlines afterwards (see calendarSettings.lastRecompute).
    /// </summary>
    public static Task<CalendarYearNode> AmendCalendarAsync(
        AmendCalendarInput input,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] CalendarService calendar) =>
        CalendarResolvers.AmendAsync(input, caller, calendar);

    /// <summary>The years without a notice that may be computed from the statutory holidays (platform administrator only); replaces the list.</summary>
    public static async Task<IEnumerable<int>> SetProvisionalYearsAsync(
        IReadOnlyList<int> years,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] CalendarService calendar)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(calendar);
        return (await calendar.SetProvisionalYearsAsync(caller.User, years)).ProvisionalYears;
    }
}
