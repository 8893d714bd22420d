namespace SanXiang.Web.GraphQL;

/// <summary>Codes only the GraphQL endpoint produces; domain codes come from <see cref="Silo.Errors.ErrorCodes"/>.</summary>
public static class GraphQLErrorCodes
{
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string QueryTooLong = "QUERY_TOO_LONG";
    public const string QueryTooLarge = "QUERY_TOO_LARGE";
    public const string QueryTimeout = "QUERY_TIMEOUT";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string LoginOncePerRequest = "LOGIN_ONCE_PER_REQUEST";
    public const string ServerStopping = "SERVER_STOPPING";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string BadRequest = "BAD_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string Internal = "INTERNAL_ERROR";
}
