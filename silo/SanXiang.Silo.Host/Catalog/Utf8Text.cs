namespace SanXiang.Silo.Host.Catalog;

internal static class Utf8Text
{
    /// <summary>Editors on Windows like to start UTF-8 files with a BOM; the JSON reader does not.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes;
}
