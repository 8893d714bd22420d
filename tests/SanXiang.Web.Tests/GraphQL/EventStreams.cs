using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace SanXiang.Web.Tests.GraphQL;

/// <summary>A GraphQL subscription over server-sent events, read as a browser's EventSource would.</summary>
internal static class EventStreams
{
    /// <summary>Posts the subscription and returns the open event stream once the server has answered with its headers.</summary>
    public static async Task<(HttpResponseMessage Response, StreamReader Reader)> OpenAsync(HttpClient http, string token, string query, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
        return (response, new StreamReader(await response.Content.ReadAsStreamAsync(cancellation)));
    }

    public static async Task<(string Name, string Data)> ReadEventAsync(StreamReader reader, CancellationToken cancellation)
    {
        string? name = null;
        while (await reader.ReadLineAsync(cancellation) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
            {
                return (name, line["data: ".Length..]);
            }
        }

        throw new InvalidOperationException("The event stream ended before an event arrived.");
    }
}
