using System.Globalization;
using System.Text;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// The published text of a signed checkpoint, shaped like a transparency-log checkpoint in a signed
/// note (C2SP tlog-checkpoint / signed-note) so that it is readable and verifiable offline:
/// <code>
/// sanxiang/{tenant}
/// {tree size, decimal}
/// {root hash, standard base64}
/// time {yyyy-MM-ddTHH:mm:ssZ}
/// hash {SM3|SHA-256}
/// cases {case count, decimal} {case-head map root, standard base64}
///
/// — sanxiang/{tenant} {base64(key id (4 bytes) ‖ SM2 signature (DER))}
/// </code>
/// Every line ends in "\n". The first three lines are those of C2SP tlog-checkpoint, so a client that
/// knows only checkpoints reads it; the others are extension lines. <c>cases</c> (see <see cref="CaseHeads"/>)
/// is absent from notes signed before case heads were committed. The signature is SM2 with SM3 and the
/// GM/T 0009 default user ID over the UTF-8 bytes of the body, up to and including its last "\n". The
/// agency's own signature line comes first; further signature lines (a supervising department's
/// <c>cosignature/v1</c>, <see cref="CosignatureNote"/>) may follow and are skipped here. The body and the agency's line are
/// accepted only if they are exactly the text this class would write for what they parse to, so no
/// byte can change — not even base64 padding bits or a trailing space — without rejection.
/// </summary>
public static class CheckpointNote
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private const string SignaturePrefix = "\u2014 ";

    public static string Sign(Checkpoint checkpoint, Sm2KeyPair key)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(key);
        var body = Body(checkpoint);
        var signature = key.Sign(Encoding.UTF8.GetBytes(body));
        return Note(body, checkpoint.Origin, [.. key.PublicKey.KeyId, .. signature]);
    }

    /// <summary>Verifies <paramref name="note"/> with the tenant's public key and reads it.</summary>
    public static bool TryOpen(string note, Sm2PublicKey key, out Checkpoint? checkpoint)
    {
        ArgumentNullException.ThrowIfNull(key);
        checkpoint = null;
        if (note is null || !TryParse(note, out var parsed, out var body, out var signatureLine))
        {
            return false;
        }

        if (!string.Equals(Body(parsed), body, StringComparison.Ordinal)
            || !note.StartsWith(Note(body, parsed.Origin, signatureLine), StringComparison.Ordinal)
            || signatureLine.Length <= 4
            || !signatureLine.AsSpan(0, 4).SequenceEqual(key.KeyId)
            || !key.Verify(Encoding.UTF8.GetBytes(body), signatureLine.AsSpan(4)))
        {
            return false;
        }

        checkpoint = parsed;
        return true;
    }

    /// <summary>
    /// The note's body — every line before the blank one, each ending in "\n" — as <see cref="Sign"/> writes it:
    /// what the agency signs and what a witness's <c>cosignature/v1</c> covers (<see cref="CosignatureNote"/>).
    /// </summary>
    public static string Body(Checkpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var tenant = checkpoint.TenantId;
        if (string.IsNullOrEmpty(tenant) || tenant.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException("单位标识不能为空，也不能含空白或控制字符。", nameof(checkpoint));
        }

        var algorithm = ChainHashAlgorithm.Get(checkpoint.Algorithm);
        if (checkpoint.TreeSize < 0 || checkpoint.RootHash is null || checkpoint.RootHash.Length != algorithm.HashSize)
        {
            throw new ArgumentException("检查点的树大小或根哈希无效。", nameof(checkpoint));
        }

        if (checkpoint.Cases is { } cases && (cases.Count < 0 || cases.Root is null || cases.Root.Length != algorithm.HashSize))
        {
            throw new ArgumentException("检查点的案件头数量或根哈希无效。", nameof(checkpoint));
        }

        var utc = checkpoint.Timestamp.ToUniversalTime();
        var casesLine = checkpoint.Cases is { } heads ? string.Create(CultureInfo.InvariantCulture, $"cases {heads.Count} {Convert.ToBase64String(heads.Root)}\n") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{checkpoint.Origin}\n{checkpoint.TreeSize}\n{Convert.ToBase64String(checkpoint.RootHash)}\ntime {utc.ToString(TimeFormat, CultureInfo.InvariantCulture)}\nhash {algorithm.Name}\n{casesLine}");
    }

    private static string Note(string body, string keyName, byte[] signatureLine) =>
        $"{body}\n{SignatureLine(keyName, signatureLine)}";

    private static string SignatureLine(string keyName, byte[] signatureLine) =>
        $"{SignaturePrefix}{keyName} {Convert.ToBase64String(signatureLine)}\n";

    private static bool TryParse(string note, out Checkpoint checkpoint, out string body, out byte[] signatureLine)
    {
        checkpoint = null!;
        body = string.Empty;
        signatureLine = [];
        var split = note.IndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return false;
        }

        body = note[..(split + 1)];
        var lines = body.Split('\n');
        if ((lines.Length != 6 && lines.Length != 7)
            || !lines[0].StartsWith(Checkpoint.OriginPrefix, StringComparison.Ordinal)
            || !long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || !lines[3].StartsWith("time ", StringComparison.Ordinal)
            || !DateTimeOffset.TryParseExact(lines[3]["time ".Length..], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            || !lines[4].StartsWith("hash ", StringComparison.Ordinal)
            || !ChainHashAlgorithm.TryGet(lines[4]["hash ".Length..], out var algorithm))
        {
            return false;
        }

        var root = new byte[algorithm.HashSize];
        if (!Convert.TryFromBase64String(lines[2], root, out var rootLength) || rootLength != root.Length)
        {
            return false;
        }

        CaseHeads? cases = null;
        if (lines.Length == 7)
        {
            var parts = lines[5].Split(' ');
            var casesRoot = new byte[algorithm.HashSize];
            if (parts.Length != 3
                || parts[0] != "cases"
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || !Convert.TryFromBase64String(parts[2], casesRoot, out var casesLength)
                || casesLength != casesRoot.Length)
            {
                return false;
            }

            cases = new CaseHeads(count, casesRoot);
        }

        // The agency's signature is the first line after the blank one; cosignature lines may follow it.
        var signatureEnd = note.IndexOf('\n', split + 2);
        if (signatureEnd < 0)
        {
            return false;
        }

        var signature = note[(split + 2)..(signatureEnd + 1)];
        var keyNameEnd = signature.LastIndexOf(' ');
        if (!signature.StartsWith(SignaturePrefix, StringComparison.Ordinal) || keyNameEnd < SignaturePrefix.Length)
        {
            return false;
        }

        try
        {
            signatureLine = Convert.FromBase64String(signature[(keyNameEnd + 1)..^1]);
        }
        catch (FormatException)
        {
            return false;
        }

        if (!AllSignatureLines(note[(signatureEnd + 1)..]))
        {
            return false;
        }

        checkpoint = new Checkpoint(lines[0][Checkpoint.OriginPrefix.Length..], size, root, time.ToUniversalTime(), algorithm.Name, cases);
        return !string.IsNullOrEmpty(checkpoint.TenantId) && !checkpoint.TenantId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }

    // What may follow the agency's line: only further signature lines ("— name base64"), each ending in "\n".
    private static bool AllSignatureLines(string rest)
    {
        foreach (var line in rest.Split('\n')[..^1])
        {
            if (!line.StartsWith(SignaturePrefix, StringComparison.Ordinal) || line.LastIndexOf(' ') <= SignaturePrefix.Length)
            {
                return false;
            }
        }

        return rest.Length == 0 || rest.EndsWith('\n');
    }
}
