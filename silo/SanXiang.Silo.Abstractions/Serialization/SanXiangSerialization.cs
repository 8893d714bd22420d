using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Serialization;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;

namespace SanXiang.Silo.Serialization;

public static class SanXiangSerialization
{
    /// <summary>
    /// Lets Orleans carry the Domain's and the sector plugin contract's records in grain calls. They are plain
    /// C#, so Orleans has no generated codecs for them: they travel as System.Text.Json, enums by name as
    /// everywhere else in the record. Every silo and client calls this (the hosts' composition does); the
    /// Domain's exception keeps a codec of its own (<see cref="SanXiangExceptionConverter"/>).
    /// </summary>
    public static ISerializerBuilder AddSanXiangTypes(this ISerializerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter() },
        };
        return builder.AddJsonSerializer(isSupported: IsPlainRecord, jsonSerializerOptions: json);
    }

    private static bool IsPlainRecord(Type type) =>
        (type.Assembly == typeof(SanXiangException).Assembly || type.Assembly == typeof(ISectorPlugin).Assembly)
        && !typeof(Exception).IsAssignableFrom(type);
}
