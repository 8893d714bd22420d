using System.IO.Compression;
using System.Text;

namespace SanXiang.Silo.Host.Tests.CaseFiles;

/// <summary>Reads and rewrites an exported case file the way someone tampering with it would.</summary>
internal static class CaseFileZip
{
    public static Dictionary<string, byte[]> Read(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public static string Text(byte[] zip, string path) => Encoding.UTF8.GetString(Read(zip)[path]);

    /// <summary>A new zip with each entry passed through <paramref name="change"/> (null drops it) plus <paramref name="added"/>.</summary>
    public static byte[] Rewrite(byte[] zip, Func<string, byte[], byte[]?> change, IReadOnlyDictionary<string, byte[]>? added = null)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in Read(zip).Concat(added ?? new Dictionary<string, byte[]>()))
            {
                if (change(path, content) is { } changed)
                {
                    using var stream = archive.CreateEntry(path).Open();
                    stream.Write(changed);
                }
            }
        }

        return output.ToArray();
    }

    public static byte[] RewriteText(byte[] zip, string target, Func<string, string> change) =>
        Rewrite(zip, (path, content) => path == target ? Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(content))) : content);

    /// <summary>events.jsonl with its lines passed through <paramref name="change"/>.</summary>
    public static byte[] RewriteEvents(byte[] zip, Func<List<string>, List<string>> change) =>
        RewriteText(zip, "events.jsonl", text => string.Join('\n', change([.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)])) + "\n");
}
