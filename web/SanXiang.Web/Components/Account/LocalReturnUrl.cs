namespace SanXiang.Web.Components.Account;

/// <summary>Only a path on this site may follow sign-in; anything else (another host, <c>//host</c>, <c>/\host</c>) goes home.</summary>
public static class LocalReturnUrl
{
    public static string OrHome(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/')
        {
            return "/";
        }

        if (returnUrl.Length > 1 && (returnUrl[1] == '/' || returnUrl[1] == '\\'))
        {
            return "/";
        }

        return returnUrl.Any(char.IsControl) ? "/" : returnUrl;
    }
}
