using System.Text;
using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity;

/// <summary>Builds well-formed chains the way the event log will append them.</summary>
internal static class ChainFixture
{
    public const string Tenant = "fj-fz-scjg";
    public const string Case = "闽榕市监罚〔2026〕17号";

    public static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 2, 3, TimeSpan.Zero);

    private static readonly string[] Kinds = ["立案", "调查取证", "法制审核", "决定", "送达"];

    public static List<StoredEvent> Build(int count, ChainHashAlgorithm? algorithm = null)
    {
        algorithm ??= ChainHashAlgorithm.Default;
        var events = new List<StoredEvent>(count);
        var previous = ChainHasher.Genesis(algorithm, Tenant, Case);
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var stored = ChainHasher.Seal(Record(sequence, previous, algorithm));
            events.Add(stored);
            previous = stored.Hash;
        }

        return events;
    }

    public static EventRecord Record(long sequence, byte[] previous, ChainHashAlgorithm algorithm) =>
        new(
            Tenant,
            Case,
            sequence,
            Kinds[(int)(sequence % Kinds.Length)],
            // Stored canonical, as the host will store it, so that every byte of the payload is significant.
            Encoding.UTF8.GetString(CanonicalJson.Canonicalize(
                $$"""{"步骤":{{sequence}},"当事人":"福州某某贸易有限公司","罚款":"{{sequence * 100}}.00","备注":"第{{sequence}}步\n"}""")),
            "执法人员 王五 (35010019870001)",
            Start.AddSeconds(sequence).AddTicks(sequence * 10),
            previous,
            sequence % 3 == 0 ? [$"sm3:{sequence:x64}", $"sm3:{sequence + 1:x64}"] : [],
            algorithm.Name);

    /// <summary>Flips one byte of the payload's UTF-8 text, as an UPDATE bypassing the trigger would.</summary>
    public static StoredEvent WithPayloadByteChanged(StoredEvent stored)
    {
        var bytes = Encoding.UTF8.GetBytes(stored.Event.Payload);
        var at = Array.IndexOf(bytes, (byte)'0');
        bytes[at] = (byte)'9';
        return stored with { Event = stored.Event with { Payload = Encoding.UTF8.GetString(bytes) } };
    }
}
