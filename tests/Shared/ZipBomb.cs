using System.IO.Compression;
using System.Text;

namespace SanXiang.Tests.Shared;

/// <summary>
/// Hostile zips for the verifier (issue 12 §3): entries of a repeated text, inflating to any length from a
/// few kilobytes, written a block at a time so the test itself never holds them.
/// </summary>
internal static class ZipBomb
{
    public const string Manifest = """{"formatVersion":2,"tenantId":"xuchang","caseId":"2026-0001","exportedAt":"2026-03-02T00:00:00Z","hashAlgorithm":"SM3","eventCount":1,"files":[]}""";

    /// <summary>A zip whose manifest is <see cref="Manifest"/> and whose events.jsonl is <paramref name="eventsBytes"/> of "a" without a newline.</summary>
    public static byte[] Events(long eventsBytes) => Zip(("manifest.json", Manifest, 1), ("events.jsonl", "a", eventsBytes));

    public static byte[] Zip(params (string Path, string Unit, long Repeat)[] entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, unit, repeat) in entries)
            {
                var bytes = Encoding.UTF8.GetBytes(unit);
                var length = bytes.Length * repeat;
                var block = new byte[Math.Max(bytes.Length, 1 << 20) / bytes.Length * bytes.Length];
                for (var i = 0; i < block.Length; i++)
                {
                    block[i] = bytes[i % bytes.Length];
                }

                using var stream = archive.CreateEntry(path, CompressionLevel.SmallestSize).Open();
                for (var written = 0L; written < length; written += block.Length)
                {
                    stream.Write(block, 0, (int)Math.Min(block.Length, length - written));
                }
            }
        }

        return output.ToArray();
    }
}
