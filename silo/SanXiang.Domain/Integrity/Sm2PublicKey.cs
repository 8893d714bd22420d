using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// A tenant's published SM2 key (GM/T 0003), which anyone can use offline to check its checkpoints.
/// Text forms: hex of the uncompressed point 04‖x‖y (the usual form in Chinese systems, GM/T 0003.1
/// §4.2.8) and PEM of an X.509 SubjectPublicKeyInfo naming the curve sm2p256v1 (GM/T 0015).
/// </summary>
public sealed class Sm2PublicKey
{
    internal Sm2PublicKey(ECPublicKeyParameters key)
    {
        Key = key;
        var point = key.Q.GetEncoded(false);
        KeyId = ChainHashAlgorithm.Sm3.Hash(point)[..4];
    }

    /// <summary>The first four bytes of SM3(04‖x‖y): tells keys apart in a checkpoint's signature line, as a signed note's key hash does.</summary>
    public byte[] KeyId { get; }

    internal ECPublicKeyParameters Key { get; }

    /// <exception cref="FormatException">Not 65 bytes of hex, or not a point of the SM2 curve.</exception>
    public static Sm2PublicKey FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        byte[] bytes;
        try
        {
            bytes = Convert.FromHexString(hex);
        }
        catch (FormatException exception)
        {
            throw new FormatException("SM2 公钥不是十六进制文本。", exception);
        }

        if (bytes.Length != 65 || bytes[0] != 0x04)
        {
            throw new FormatException("SM2 公钥应为 65 字节的未压缩点（04‖x‖y）。");
        }

        try
        {
            var point = Sm2Domain.Parameters.Curve.DecodePoint(bytes);
            return new Sm2PublicKey(new ECPublicKeyParameters("EC", point, Sm2Domain.Parameters));
        }
        catch (ArgumentException exception)
        {
            throw new FormatException("SM2 公钥不是 SM2 曲线上的点。", exception);
        }
    }

    /// <exception cref="FormatException">No "PUBLIC KEY" PEM block, or it does not hold an SM2 key.</exception>
    public static Sm2PublicKey FromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        if (!PemEncoding.TryFind(pem, out var fields) || !pem.AsSpan()[fields.Label].SequenceEqual("PUBLIC KEY"))
        {
            throw new FormatException("找不到 PEM 格式的公钥（-----BEGIN PUBLIC KEY-----）。");
        }

        try
        {
            var der = Convert.FromBase64String(pem[fields.Base64Data]);
            if (PublicKeyFactory.CreateKey(der) is ECPublicKeyParameters { Parameters: var domain } key && domain.Equals(Sm2Domain.Parameters))
            {
                return new Sm2PublicKey(new ECPublicKeyParameters("EC", key.Q, Sm2Domain.Parameters));
            }
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidCastException or IOException or FormatException)
        {
            throw new FormatException("PEM 公钥无法解析。", exception);
        }

        throw new FormatException("PEM 公钥不是 SM2（sm2p256v1）公钥。");
    }

    public string ToHex() => Convert.ToHexStringLower(Key.Q.GetEncoded(false));

    public string ToPem()
    {
        var der = SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(Key).GetDerEncoded();
        return new string(PemEncoding.Write("PUBLIC KEY", der)) + "\n";
    }

    /// <summary>Checks a DER-encoded SM2 signature (GM/T 0009 §7.3) over <paramref name="message"/> with SM3 (GM/T 0003.2).</summary>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature, string? userId = null)
    {
        var signer = new SM2Signer(new Sm3Digest());
        signer.Init(false, new ParametersWithID(Key, Sm2Domain.UserIdBytes(userId)));
        signer.BlockUpdate(message);
        try
        {
            return signer.VerifySignature(signature.ToArray());
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or IOException)
        {
            // A signature that is not even well-formed DER is simply not a valid signature.
            return false;
        }
    }
}
