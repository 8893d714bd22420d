using System.Text;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Parameters;

namespace SanXiang.Domain.Integrity;

internal static class Sm2Domain
{
    // GM/T 0003.5-2012 (GB/T 32918.5-2017): the recommended 256-bit curve, OID 1.2.156.10197.1.301.
    public static readonly ECNamedDomainParameters Parameters =
        new(GMObjectIdentifiers.sm2p256v1, GMNamedCurves.GetByOid(GMObjectIdentifiers.sm2p256v1));

    // GM/T 0009-2012 §10: when the parties agree no identity, the signer's ID is the 16 ASCII bytes
    // "1234567812345678" (ENTL = 128 bits). It enters Z_A = SM3(ENTL || ID || a || b || G || P), so a
    // verifier in another system (GmSSL, a browser library, a provincial platform) must use the same one.
    public const string DefaultUserId = "1234567812345678";

    public static byte[] UserIdBytes(string? userId) => Encoding.UTF8.GetBytes(userId ?? DefaultUserId);
}
