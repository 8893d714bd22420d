using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SanXiang.Domain.Integrity.Witnessing;

/// <summary>
/// A supervising department's cosignature of a subordinate agency's checkpoint, in the shape of C2SP
/// tlog-cosignature <c>cosignature/v1</c>: a signed-note signature line after the agency's own,
/// <code>
/// — sanxiang/{department}/witness {base64(key id (4 bytes) ‖ timestamp (uint64 BE, POSIX seconds) ‖ SM2 signature (DER))}
/// </code>
/// over the message <c>"cosignature/v1\ntime {timestamp}\n"</c> followed by the checkpoint's whole body (every line
/// before the blank one, extension lines included, each ending in "\n"). Semantically, as in C2SP: as of that time, the
/// largest consistent tree the department has seen of this agency's log has this root.
/// </summary>
/// <remarks>
/// Where this deviates from C2SP, and why:
/// <list type="bullet">
/// <item>The signature is SM2 with SM3 and the GM/T 0009 default user ID (the agency's checkpoint uses the same), not
/// Ed25519 or ML-DSA-44: a government platform signs with the national algorithms (密码法, GM/T 0003). An SM2 signature is
/// DER and so of varying length (70–72 bytes); it is the rest of the line after the timestamp.</item>
/// <item>The key ID follows signed-note's recommendation, SHA-256(key name ‖ 0x0A ‖ type ‖ public key)[:4], with the type
/// byte 0xFF ("no identifier byte assigned") followed by the longer identifier <see cref="KeyType"/>, and the key as the
/// uncompressed point 04‖x‖y. It is an identifier, not a security property, so SHA-256 here is what other note tools compute.</item>
/// </list>
/// </remarks>
public static class CosignatureNote
{
    public const string Header = "cosignature/v1";

    /// <summary>The identifier after signed-note's 0xFF type byte in the key ID.</summary>
    public const string KeyType = "sanxiang-sm2-cosignature/v1";

    private const string SignaturePrefix = "\u2014 ";
    private const string NameSuffix = "/witness";

    /// <summary>The witness's key name: <c>sanxiang/{department}/witness</c>, a schema-less name as signed-note recommends.</summary>
    public static string WitnessName(string departmentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(departmentId);
        return Checkpoint.OriginPrefix + departmentId + NameSuffix;
    }

    /// <summary>The department a witness name belongs to, or null when it is not one of this platform's witness names.</summary>
    public static string? DepartmentOf(string witnessName) =>
        witnessName is not null
        && witnessName.StartsWith(Checkpoint.OriginPrefix, StringComparison.Ordinal)
        && witnessName.EndsWith(NameSuffix, StringComparison.Ordinal)
        && witnessName.Length > Checkpoint.OriginPrefix.Length + NameSuffix.Length
            ? witnessName[Checkpoint.OriginPrefix.Length..^NameSuffix.Length]
            : null;

    public static byte[] KeyId(string witnessName, Sm2PublicKey key)
    {
        ArgumentException.ThrowIfNullOrEmpty(witnessName);
        ArgumentNullException.ThrowIfNull(key);
        byte[] material = [.. Encoding.UTF8.GetBytes(witnessName), 0x0A, 0xFF, .. Encoding.ASCII.GetBytes(KeyType), .. Convert.FromHexString(key.ToHex())];
        return SHA256.HashData(material)[..4];
    }

    /// <summary>The cosignature line (ending in "\n") of <paramref name="checkpoint"/> at <paramref name="time"/> (kept to the second).</summary>
    public static string Sign(Checkpoint checkpoint, string witnessName, Sm2KeyPair key, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(key);
        var seconds = time.ToUnixTimeSeconds();
        ArgumentOutOfRangeException.ThrowIfNegative(seconds, nameof(time));
        var signature = key.Sign(Message(CheckpointNote.Body(checkpoint), (ulong)seconds));
        var payload = new byte[12 + signature.Length];
        KeyId(witnessName, key.PublicKey).CopyTo(payload, 0);
        BinaryPrimitives.WriteUInt64BigEndian(payload.AsSpan(4), (ulong)seconds);
        signature.CopyTo(payload, 12);
        return $"{SignaturePrefix}{witnessName} {Convert.ToBase64String(payload)}\n";
    }

    /// <summary>
    /// The cosignature of <paramref name="witnessName"/> in <paramref name="note"/>, checked with its key. As signed-note says,
    /// a line whose name and key ID match the key must verify, or the note is rejected (<see cref="CosignatureStatus.Invalid"/>);
    /// lines of other keys are ignored. Several matching lines must all verify; the latest time is returned.
    /// </summary>
    public static CosignatureCheck Verify(string note, string witnessName, Sm2PublicKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (note is null || Body(note) is not { } body)
        {
            return CosignatureCheck.Invalid;
        }

        var keyId = KeyId(witnessName, key);
        DateTimeOffset? latest = null;
        foreach (var (name, payload) in SignatureLines(note))
        {
            if (!string.Equals(name, witnessName, StringComparison.Ordinal) || payload is null || payload.Length < 4 || !payload.AsSpan(0, 4).SequenceEqual(keyId))
            {
                continue;
            }

            if (payload.Length <= 12)
            {
                return CosignatureCheck.Invalid;
            }

            // C2SP: the timestamp must not exceed 2^63 − 1.
            var seconds = BinaryPrimitives.ReadUInt64BigEndian(payload.AsSpan(4, 8));
            if (seconds > long.MaxValue || seconds > (ulong)DateTimeOffset.MaxValue.ToUnixTimeSeconds()
                || !key.Verify(Message(body, seconds), payload.AsSpan(12)))
            {
                return CosignatureCheck.Invalid;
            }

            var time = DateTimeOffset.FromUnixTimeSeconds((long)seconds);
            latest = latest is { } known && known > time ? known : time;
        }

        return latest is { } at ? CosignatureCheck.Valid(at) : CosignatureCheck.Absent;
    }

    /// <summary>The key names of the signature lines after the agency's own (the first), in order: who claims to have cosigned.</summary>
    public static IReadOnlyList<string> CosignerNames(string note) =>
        note is null ? [] : [.. SignatureLines(note).Skip(1).Select(l => l.Name)];

    // The body as signed-note has it: everything up to and including the newline before the blank line.
    private static string? Body(string note)
    {
        var split = note.IndexOf("\n\n", StringComparison.Ordinal);
        return split < 0 ? null : note[..(split + 1)];
    }

    private static IEnumerable<(string Name, byte[]? Payload)> SignatureLines(string note)
    {
        var split = note.IndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            yield break;
        }

        foreach (var line in note[(split + 2)..].Split('\n'))
        {
            var space = line.LastIndexOf(' ');
            if (!line.StartsWith(SignaturePrefix, StringComparison.Ordinal) || space <= SignaturePrefix.Length)
            {
                continue;
            }

            byte[]? payload;
            try
            {
                payload = Convert.FromBase64String(line[(space + 1)..]);
            }
            catch (FormatException)
            {
                payload = null;
            }

            yield return (line[SignaturePrefix.Length..space], payload);
        }
    }

    private static byte[] Message(string body, ulong seconds) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Header}\ntime {seconds}\n{body}"));
}
