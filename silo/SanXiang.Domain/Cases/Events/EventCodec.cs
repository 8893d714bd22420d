using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// Maps a grain's event types to the log's (kind, JSON payload) and back. Kinds are stored with
/// every event forever, so each type is mapped to a name chosen once, never to its CLR name,
/// which a refactoring would change.
/// </summary>
public sealed class EventCodec<TEvent>
    where TEvent : class
{
    // Chinese text as itself and enums as their names: the record is read by people and by the offline
    // verifier, for years. The payload is stored as written and hashed in canonical form.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Dictionary<string, Type> types = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> kinds = [];

    public EventCodec<TEvent> Map<T>(string kind)
        where T : TEvent
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        types.Add(kind, typeof(T));
        kinds.Add(typeof(T), kind);
        return this;
    }

    public string KindOf(TEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return kinds.TryGetValue(@event.GetType(), out var kind)
            ? kind
            : throw new InvalidOperationException($"Event type {@event.GetType().Name} has no kind mapped in its EventCodec.");
    }

    public string Encode(TEvent @event) => JsonSerializer.Serialize(@event, @event.GetType(), Json);

    public TEvent Decode(string kind, string payload) =>
        types.TryGetValue(kind, out var type)
            ? (TEvent)(JsonSerializer.Deserialize(payload, type, Json) ?? throw new InvalidDataException($"事件“{kind}”的内容为空。"))
            : throw new InvalidDataException($"未知的事件类型“{kind}”。");
}
