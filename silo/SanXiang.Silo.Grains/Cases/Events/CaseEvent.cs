namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary>
/// Something that happened to a case. Who and when are kept beside the payload in the log row and in the
/// payload itself, both covered by the chain hash. Kinds are mapped once in <see cref="CaseEventCodec"/>.
/// </summary>
[GenerateSerializer]
public abstract record CaseEvent
{
    [Id(0)]
    public required string Actor { get; init; }

    [Id(1)]
    public required DateTimeOffset At { get; init; }
}
