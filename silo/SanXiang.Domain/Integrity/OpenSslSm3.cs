using System.Runtime.InteropServices;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// Whether libcrypto's SM3 can be used here, decided once per process: the library loads, its
/// default provider has SM3 (some builds leave it out, e.g. FIPS-only ones), and it answers the
/// standard's example 1 correctly.
/// </summary>
internal static class OpenSslSm3
{
    // GB/T 32905-2016 附录 A 示例 1: SM3("abc").
    private static readonly byte[] ExampleOne = Convert.FromHexString("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");

    private static readonly Lazy<(IntPtr Md, string? Version, string? Problem)> Probe = new(ProbeOnce);

    public static bool IsAvailable => Probe.Value.Md != IntPtr.Zero;

    /// <summary>The fetched <c>EVP_MD*</c>. Never freed: it lives as long as the process, like the library.</summary>
    public static IntPtr Md => Probe.Value.Md;

    /// <summary>"OpenSSL 3.0.19 27 Jan 2026", or null when not available.</summary>
    public static string? Version => Probe.Value.Version;

    /// <summary>Why it is not used, or null when it is.</summary>
    public static string? Problem => Probe.Value.Problem;

    private static (IntPtr, string?, string?) ProbeOnce()
    {
        try
        {
            OpenSsl.Initialize();
            // An explicit fetch once, not EVP_get_digestbyname: with the latter OpenSSL 3 fetches
            // again on every EVP_DigestInit_ex, which would cost more than hashing a short event.
            var md = OpenSsl.EVP_MD_fetch(IntPtr.Zero, "SM3", null);
            if (md == IntPtr.Zero)
            {
                return (IntPtr.Zero, null, "libcrypto has no SM3 (EVP_MD_fetch returned NULL)");
            }

            Span<byte> digest = stackalloc byte[32];
            if (OpenSsl.EVP_Digest("abc"u8, 3, digest, out var size, md, IntPtr.Zero) != 1 || size != 32 || !digest.SequenceEqual(ExampleOne))
            {
                return (IntPtr.Zero, null, "libcrypto's SM3 does not give GB/T 32905's example 1");
            }

            return (md, Marshal.PtrToStringUTF8(OpenSsl.OpenSSL_version(0)), null);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return (IntPtr.Zero, null, $"libcrypto not loadable: {e.Message}");
        }
    }
}
