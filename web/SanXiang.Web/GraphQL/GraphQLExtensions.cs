using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SanXiang.Web.GraphQL;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Http;
using SanXiang.Web.GraphQL.Ide;
using SanXiang.Web.GraphQL.Scalars;
using SanXiang.Web.GraphQL.Schema;
using SanXiang.Web.GraphQL.Schema.Tenants;
using SanXiang.Web.GraphQL.Subscriptions;
using SanXiang.Web.Officers;
using SanXiang.Web.Onboarding;

// In ASP.NET Core's builder namespace, which the Web SDK imports implicitly, so that Program.cs
// gains the two calls and no using (less for the branches that also edit it to collide with).
namespace Microsoft.AspNetCore.Builder;

public static class GraphQLExtensions
{
    /// <summary>The type-first schema (<see cref="Query"/>, <see cref="Mutation"/>, <see cref="Subscription"/>), its limits and the HTTP endpoint's services.</summary>
    public static WebApplicationBuilder AddSanXiangGraphQL(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGraphQL(graphql => graphql
            .AddAutoSchema<Query>(schema => schema.WithMutation<Mutation>().WithSubscription<Subscription>())
            .AddSystemTextJson(json => json.Encoder = ChineseReadableJson.Encoder)
            .AddValidationRule<SignInRequiredRule>()
            .AddComplexityAnalyzer(QueryComplexityLimits.Configure)
            .AddUnhandledExceptionHandler(ErrorMapping.Handle));

        // Input conversion refuses what no field takes (TextGraphType), before any resolver runs.
        builder.Services.AddSingleton<StringGraphType, TextGraphType>();
        builder.Services.AddSingleton<IdGraphType, IdentifierGraphType>();
        builder.Services.AddSingleton<DateOnlyGraphType, IsoDateGraphType>();
        builder.Services.AddSingleton<Base64GraphType>();
        builder.Services.Configure<GraphQLOptions>(builder.Configuration.GetSection(GraphQLOptions.Section));
        builder.Services.AddSingleton<TenantReader>();
        builder.Services.TryAddSingleton<OfficerImporter>();
        builder.Services.TryAddSingleton<PlanTemplates>();
        builder.Services.TryAddSingleton<AgencyImporter>();
        builder.Services.AddSingleton<TenantChangeFeed>();
        builder.Services.AddSingleton<GraphQLUserContextBuilder>();
        builder.Services.AddSingleton<GraphQLRequestReader>();
        builder.Services.AddSingleton<ServerSentEventsResponder>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        return builder;
    }

    /// <summary><c>/graphql</c> (GET and POST; SSE with <c>Accept: text/event-stream</c>) and the GraphiQL page at <c>/graphql/ide</c>.</summary>
    public static WebApplication MapSanXiangGraphQL(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http));
        app.MapGraphiQL("/graphql/ide");
        return app;
    }
}
