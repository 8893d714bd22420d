using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Utilities;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// A tenant's SM2 signing key (GM/T 0003.2 with SM3). The private key leaves only as its 32 raw
/// bytes, for the host to encrypt before storing; nothing here writes it anywhere.
/// </summary>
public sealed class Sm2KeyPair
{
    private readonly ECPrivateKeyParameters privateKey;

    private Sm2KeyPair(ECPrivateKeyParameters privateKey)
    {
        this.privateKey = privateKey;
        var q = Sm2Domain.Parameters.G.Multiply(privateKey.D).Normalize();
        PublicKey = new Sm2PublicKey(new ECPublicKeyParameters("EC", q, Sm2Domain.Parameters));
    }

    public Sm2PublicKey PublicKey { get; }

    public static Sm2KeyPair Generate()
    {
        var generator = new ECKeyPairGenerator("EC");
        generator.Init(new ECKeyGenerationParameters(Sm2Domain.Parameters, new SecureRandom()));
        return new Sm2KeyPair((ECPrivateKeyParameters)generator.GenerateKeyPair().Private);
    }

    /// <param name="privateKey">The 32-byte big-endian scalar d, as <see cref="ExportPrivateKey"/> gave it.</param>
    /// <exception cref="FormatException">Not 32 bytes, or d outside [1, n−2] (GM/T 0003.1 §6.1).</exception>
    public static Sm2KeyPair FromPrivateKey(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != 32)
        {
            throw new FormatException("SM2 私钥应为 32 字节。");
        }

        var d = new BigInteger(1, privateKey.ToArray());
        if (d.SignValue <= 0 || d.CompareTo(Sm2Domain.Parameters.N.Subtract(BigInteger.Two)) > 0)
        {
            throw new FormatException("SM2 私钥超出 [1, n−2] 的范围。");
        }

        return new Sm2KeyPair(new ECPrivateKeyParameters("EC", d, Sm2Domain.Parameters));
    }

    public static Sm2KeyPair FromPrivateKeyHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        return FromPrivateKey(Convert.FromHexString(hex));
    }

    /// <summary>The seam for key storage: 32 raw bytes the host encrypts at rest.</summary>
    public byte[] ExportPrivateKey() => BigIntegers.AsUnsignedByteArray(32, privateKey.D);

    public string ExportPrivateKeyHex() => Convert.ToHexStringLower(ExportPrivateKey());

    /// <summary>An SM2 signature with SM3 over <paramref name="message"/>, DER SEQUENCE { r, s } per GM/T 0009 §7.3.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message, string? userId = null)
    {
        var signer = new SM2Signer(new Sm3Digest());
        signer.Init(true, new ParametersWithID(new ParametersWithRandom(privateKey, new SecureRandom()), Sm2Domain.UserIdBytes(userId)));
        signer.BlockUpdate(message);
        return signer.GenerateSignature();
    }
}
