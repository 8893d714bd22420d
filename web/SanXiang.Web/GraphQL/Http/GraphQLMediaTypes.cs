using Microsoft.Net.Http.Headers;

namespace SanXiang.Web.GraphQL.Http;

/// <summary>Media types of the GraphQL-over-HTTP specification, and the choice between them per <c>Accept</c>.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>The spec's media type when the client asks for it; plain JSON (the legacy default) otherwise.</summary>
    public static string ResponseTypeFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Accepts(request, GraphQLResponse) ? GraphQLResponse : Json;
    }

    public static bool Accepts(HttpRequest request, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsJsonBody(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);
    }
}
