using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace SanXiang.Silo.Host.Storage;

/// <summary>One step of the schema: applied once, recorded by <see cref="Id"/> with its <see cref="Checksum"/>.</summary>
public sealed record SchemaScript(string Id, string Sql)
{
    /// <summary>SHA-256 of the text with line endings normalised, so a checkout with CRLF does not count as an edit.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    /// <summary>Reads an embedded script; <paramref name="id"/> is also its file name without <c>.sql</c>.</summary>
    public static SchemaScript FromResource(Assembly assembly, string resourcePrefix, string id)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var name = $"{resourcePrefix}.{id}.sql";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Schema script '{name}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new SchemaScript(id, reader.ReadToEnd());
    }
}
