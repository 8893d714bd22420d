using SanXiang.Domain.Integrity;

namespace SanXiang.Web.CaseFiles;

/// <summary>The key a reader pasted (PEM, as <c>/public/{agency}/checkpoint/key</c> serves it) held against the case file's own key.</summary>
public sealed record KeyComparison(bool Readable, bool Matches, string Message)
{
    public static KeyComparison Of(string pastedPem, string? fileKeyHex)
    {
        Sm2PublicKey pasted;
        try
        {
            pasted = Sm2PublicKey.FromPem(pastedPem ?? string.Empty);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            return new(false, false, "粘贴的公钥无法读取：请粘贴 /public/机关标识/checkpoint/key 返回的完整文本（以 -----BEGIN PUBLIC KEY----- 开头）。");
        }

        if (fileKeyHex is null)
        {
            return new(true, false, "案卷中没有可读的公钥，无法比对。");
        }

        return string.Equals(pasted.ToHex(), fileKeyHex, StringComparison.OrdinalIgnoreCase)
            ? new(true, true, "您粘贴的机关公钥与案卷中的签名公钥一致：案卷确由该机关签署。")
            : new(true, false, "您粘贴的机关公钥与案卷中的签名公钥不一致：案卷不是由该机关的密钥签署的，不能采信。");
    }
}
