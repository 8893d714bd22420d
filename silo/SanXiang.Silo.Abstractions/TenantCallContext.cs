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
}
