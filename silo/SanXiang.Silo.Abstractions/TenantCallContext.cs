namespace SanXiang.Silo;

/// <summary>
/// The tenant a grain call is made on behalf of, carried in Orleans' request context so that it
/// follows the call from the web host into the silo and on into further grain calls.
/// </summary>
public static class TenantCallContext
{
    public const string Key = "sx-tenant";

    public static string? Current => RequestContext.Get(Key) as string;

    /// <summary>Sets the tenant for calls made from here on in this async flow; null clears it.</summary>
    public static void Set(string? tenantId)
    {
        if (tenantId is null)
        {
            RequestContext.Remove(Key);
        }
        else
        {
            RequestContext.Set(Key, tenantId);
        }
    }

    /// <summary>
    /// Runs <paramref name="call"/> on behalf of <paramref name="tenantId"/> and clears the tenant after it. An async
    /// method of its own, so the request context it sets ends with it and does not leak into the caller's flow.
    /// </summary>
    public static async Task<T> RunAsync<T>(string? tenantId, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        Set(tenantId);
        try
        {
            return await call();
        }
        finally
        {
            Set(null);
        }
    }
}
