namespace SanXiang.Web.Tests.Hostile.Uploads;

internal static class Responses
{
    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;

    public static string? ErrorCode(this HttpResponseMessage response) => response.Header("X-SanXiang-Error");
}
