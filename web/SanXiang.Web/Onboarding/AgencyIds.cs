namespace SanXiang.Web.Onboarding;

/// <summary>
/// The tenant id of an onboarded agency, from its 统一社会信用代码: the same file run again names the same tenants (so a
/// run that stopped half way completes), and the id stays within the catalog's shape (lower-case ASCII, digits, '-').
/// </summary>
public static class AgencyIds
{
    public static string FromCreditCode(string creditCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(creditCode);
        return "org-" + creditCode.ToLowerInvariant();
    }
}
