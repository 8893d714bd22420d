using Microsoft.Win32.SafeHandles;

namespace SanXiang.Domain.Integrity;

/// <summary>An OpenSSL <c>EVP_MD_CTX*</c>, freed with <c>EVP_MD_CTX_free</c> however the owner ends.</summary>
internal sealed class SafeEvpMdContextHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    // The interop marshaller creates the handle through this constructor.
    public SafeEvpMdContextHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        OpenSsl.EVP_MD_CTX_free(handle);
        return true;
    }
}
