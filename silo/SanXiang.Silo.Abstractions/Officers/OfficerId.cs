namespace SanXiang.Silo.Officers;

/// <summary>Officer ids are certificate numbers without spaces, in upper case, so "4110 0020 x" and "41100020X" are one officer.</summary>
public static class OfficerId
{
    public static string FromCertificate(string certificateNumber)
    {
        ArgumentNullException.ThrowIfNull(certificateNumber);
        return string.Concat(certificateNumber.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
    }
}
