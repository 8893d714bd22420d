using System.Reflection;
using System.Runtime.InteropServices;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// The few libcrypto (OpenSSL 3) functions SM3 needs. OpenSSL's SM3 is C, several times faster than
/// any managed SM3 here, and on Debian it is already present (libssl3: .NET's own TLS and SHA-256
/// use it). Declared against the name "libcrypto", which <see cref="Resolve"/> maps to the
/// platform's file.
/// </summary>
internal static partial class OpenSsl
{
    private const string Library = "libcrypto";

    // libcrypto.so.3 first: the unversioned libcrypto.so exists only with the -dev package.
    private static readonly string[] Candidates = OperatingSystem.IsWindows()
        ? ["libcrypto-3-x64.dll", "libcrypto-3.dll"]
        : OperatingSystem.IsMacOS()
            ? ["libcrypto.3.dylib", "/opt/homebrew/opt/openssl@3/lib/libcrypto.3.dylib", "/usr/local/opt/openssl@3/lib/libcrypto.3.dylib"]
            : ["libcrypto.so.3", "libcrypto.so"];

    static OpenSsl()
    {
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(OpenSsl).Assembly, Resolve);
        }
        catch (InvalidOperationException)
        {
            // Someone set a resolver for this assembly already; default probing still finds "libcrypto" where it can.
        }
    }

    /// <summary>Makes sure the resolver is in place before the first call (the static constructor runs once).</summary>
    public static void Initialize()
    {
    }

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr EVP_MD_fetch(IntPtr libraryContext, string algorithm, string? properties);

    [LibraryImport(Library)]
    internal static partial IntPtr OpenSSL_version(int type);

    [LibraryImport(Library)]
    internal static partial SafeEvpMdContextHandle EVP_MD_CTX_new();

    [LibraryImport(Library)]
    internal static partial void EVP_MD_CTX_free(IntPtr context);

    [LibraryImport(Library)]
    internal static partial int EVP_DigestInit_ex(SafeEvpMdContextHandle context, IntPtr type, IntPtr engine);

    [LibraryImport(Library)]
    internal static partial int EVP_DigestUpdate(SafeEvpMdContextHandle context, ReadOnlySpan<byte> data, nuint count);

    [LibraryImport(Library)]
    internal static partial int EVP_DigestFinal_ex(SafeEvpMdContextHandle context, Span<byte> digest, out uint size);

    [LibraryImport(Library)]
    internal static partial int EVP_Digest(ReadOnlySpan<byte> data, nuint count, Span<byte> digest, out uint size, IntPtr type, IntPtr engine);

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Library)
        {
            return IntPtr.Zero;
        }

        foreach (var candidate in Candidates)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
