using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace SanXiang.Silo.Host.Storage;

/// <summary>
/// Grain state as plain JSON: no type names, so a list the compiler built for a collection
/// expression (<c>&lt;&gt;z__ReadOnlyList&lt;T&gt;</c>, which exists only inside one assembly) is written as a
/// JSON array and read back as a list. Orleans' default (Newtonsoft with <c>$type</c>) wrote such
/// types out by name and then refused to read them. Chinese text and enum names stay readable in
/// the database.
/// </summary>
public sealed class JsonTextGrainStorageSerializer : IGrainStorageSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)!;
    }
}
